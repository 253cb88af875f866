import { NavLink, Outlet } from 'react-router';
import { AppLink, NavigationProvider } from '../routing/navigation';
import { DATA_VERSION } from '../data/dataVersion';
import { paths } from '../routing/paths';
import { LiveRegion } from './LiveRegion';
import { ShareButton } from '../features/share/ShareButton';
import { currentTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';
import { UpdatePrompt } from './UpdatePrompt';
import { useDetailsCover } from './useDetailsCover';
import { useUrlSync } from '../routing/useUrlSync';

/**
 * Keeps the address and the store in step. It reads the router's location, so it re-renders on
 * every change of address (several times a second while the user scrubs): as its own component
 * that draws nothing, only it re-renders, not the whole page below the shell.
 */
function UrlSync() {
  useUrlSync();
  return null;
}

export function Shell() {
  // Behind the event details when they cover the page (below 960 px): see useDetailsCover.
  const covered = useDetailsCover();
  return (
    <NavigationProvider>
      <UrlSync />
      <a className="skip-link" href="#main" inert={covered}>
        Skip to content
      </a>
      <header className="site-header" inert={covered}>
        <div className="site-header__inner">
          <p className="site-title">
            <NavLink to={paths.explorer.href()}>China–Turkmenistan Relations Explorer</NavLink>
          </p>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to={paths.explorer.href()} end>
                  Explorer
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.story.href()}>Story</NavLink>
                <NavLink to={paths.claims.href()}>Claims</NavLink>
              </li>
              <li>
                <NavLink to={paths.sources.href()}>Sources</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__actions">
            <ShareButton theme={currentTheme} />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <LiveRegion />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer" inert={covered}>
        <p>
          Trade: IMF, Direction of Trade Statistics (DOTS). Gas: Energy Institute Statistical Review
          of World Energy (BP editions before 2023). Routes: Global Energy Monitor, Global Gas
          Infrastructure Tracker (CC BY 4.0). Events: “China–Turkmenistan relations”, Wikipedia (CC
          BY-SA 4.0), and news sources. <AppLink to={paths.sources.href()}>All sources</AppLink>.
        </p>
        <p>
          Data version <span className="data-version">{DATA_VERSION.label}</span> ·{' '}
          <AppLink to={`${paths.sources.href()}#data`}>Download the data and how to cite</AppLink>
        </p>
      </footer>
      <UpdatePrompt />
    </NavigationProvider>
  );
}
