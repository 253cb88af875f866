import { Route, Routes } from 'react-router';
import { EventDetails } from '../features/events/EventDetails';
import { SourcesPage } from '../features/sources/SourcesPage';
import { ExplorerPage } from './ExplorerPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path="/" element={<ExplorerPage />}>
          <Route index element={null} />
          <Route path="events/:eventId" element={<EventDetails />} />
        </Route>
        <Route path="sources" element={<SourcesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
