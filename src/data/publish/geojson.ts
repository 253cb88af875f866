import type { Routes } from '../routes';
import type { Dataset } from '../schema';

/** The pipeline lines as a GeoJSON FeatureCollection (RFC 7946: WGS84 lon/lat), one feature a line. */
export function pipelinesGeoJson(d: Pick<Dataset, 'lines'>, routes: Routes) {
  return {
    type: 'FeatureCollection' as const,
    features: d.lines.map((l) => ({
      type: 'Feature' as const,
      id: l.id,
      geometry: { type: 'MultiLineString' as const, coordinates: routes.get(l.id) ?? [] },
      properties: {
        id: l.id,
        name: l.name,
        gem_status: l.gemStatus,
        commissioned: l.commissioned,
        capacity_bcm_per_year: l.capacityBcm,
        length_km: l.lengthKm,
        diameter_mm: l.diameterMm,
        countries: l.countries,
        start_point: l.startPoint,
        end_point: l.endPoint,
        connects_to: l.connectsTo,
        note: l.note,
        route_precision: l.routePrecision,
        schematic: l.schematic,
        source_id: l.sourceId,
        attribute_sources: l.attributeSources,
      },
    })),
  };
}
