import { DashboardPanel } from '../dashboardPanel/dashboardPanel';
import type { Command, CommandServices } from './command';

/** `presales.openDashboard`: opens the full-size dashboard in the editor area, or reveals the one already open. */
export function openDashboardCommand(services: CommandServices): Command {
  return {
    id: 'presales.openDashboard',
    execute: () => { DashboardPanel.show(services.extensionUri, services.store); },
  };
}
