import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { AppLink, NavigationProvider } from '../routing/navigation';
import { DATA_VERSION } from '../data/dataVersion';
import { useLocale, useT } from '../routing/locale';
import { localizePath, paths } from '../routing/paths';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LiveRegion } from './LiveRegion';
import { ShareButton } from '../features/share/ShareButton';
import { currentTheme } from './theme';
import { ThemeToggle } from './ThemeToggle';
import { UpdatePrompt } from './UpdatePrompt';
import { useDetailsCover } from './useDetailsCover';
import { useUrlSync } from '../routing/useUrlSync';
import { useIdle } from '../ui/idle';

/**
 * Keeps the address and the store in step. It reads the router's location, so it re-renders on
 * every change of address (several times a second while the user scrubs): as its own component
 * that draws nothing, only it re-renders, not the whole page below the shell.
 */
function UrlSync() {
  useUrlSync();
  return null;
}

// The language hint shows only once the page is idle, and only for some readers: its own chunk.
const LanguageHint = lazy(() =>
  import('./LanguageHint').then((m) => ({ default: m.LanguageHint })),
);

function LanguageHintSlot() {
  const idle = useIdle();
  return idle ? (
    <Suspense fallback={null}>
      <LanguageHint />
    </Suspense>
  ) : null;
}

export function Shell() {
  // Behind the event details when they cover the page (below 960 px): see useDetailsCover.
  const covered = useDetailsCover();
  const t = useT();
  const locale = useLocale();
  const at = (path: string) => localizePath(path, locale);
  return (
    <NavigationProvider>
      <UrlSync />
      <a className="skip-link" href="#main" inert={covered}>
        {t('app.skip')}
      </a>
      <header className="site-header" inert={covered}>
        <div className="site-header__inner">
          <p className="site-title">
            <NavLink to={at(paths.explorer.href())}>{t('app.title')}</NavLink>
          </p>
          <nav aria-label={t('nav.main')}>
            <ul>
              <li>
                <NavLink to={at(paths.explorer.href())} end>
                  {t('nav.explorer')}
                </NavLink>
              </li>
              <li>
                <NavLink to={at(paths.story.href())}>{t('nav.story')}</NavLink>
                <NavLink to={at(paths.claims.href())}>{t('nav.claims')}</NavLink>
              </li>
              <li>
                <NavLink to={at(paths.sources.href())}>{t('nav.sources')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__actions">
            <LanguageSwitcher />
            <ShareButton theme={currentTheme} />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <LanguageHintSlot />
      <LiveRegion />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer" inert={covered}>
        <p>
          {t('footer.credits')}{' '}
          <AppLink to={paths.sources.href()}>{t('footer.allSources')}</AppLink>.
          {locale === 'en' ? null : ` ${t('footer.translations')}`}
        </p>
        <p>
          {t('footer.dataVersion')} <span className="data-version">{DATA_VERSION.label}</span> ·{' '}
          <AppLink to={paths.sources.href('data')}>{t('footer.download')}</AppLink>
        </p>
      </footer>
      <UpdatePrompt />
    </NavigationProvider>
  );
}
