import { NavLink, Outlet } from 'react-router';
import { NavigationProvider } from '../routing/navigation';
import { paths } from '../routing/paths';
import { LiveRegion } from './LiveRegion';
import { ThemeToggle } from './ThemeToggle';
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
  return (
    <NavigationProvider>
      <UrlSync />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
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
                <NavLink to="/claims">Claims</NavLink>
              </li>
              <li>
                <NavLink to={paths.sources.href()}>Sources</NavLink>
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <LiveRegion />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Trade: IMF, Direction of Trade Statistics (DOTS). Gas: Energy Institute Statistical Review
          of World Energy (BP editions before 2023). Routes: Global Energy Monitor, Global Gas
          Infrastructure Tracker (CC BY 4.0). Events: “China–Turkmenistan relations”, Wikipedia (CC
          BY-SA 4.0), and news sources. <a href={paths.sources.href()}>All sources</a>.{' '}
          <a href="/claims">The article’s claims, checked</a>.
        </p>
      </footer>
    </NavigationProvider>
  );
}
