"""Fetch the map's browser assets from the npm registry and write them into geomap/assets.

Run by maintainers when upgrading Leaflet or the country outlines (needs node's npm):

    python scripts/build_assets.py

The outputs are committed so that installing geomap needs no npm: leaflet.js and
leaflet.css (BSD-2-Clause; the control images inlined as data URIs), Natural
Earth 1:110m country outlines from world-atlas (ISC; the data is public domain),
converted from TopoJSON to GeoJSON for the map, and the 1:10m outlines as TopoJSON
for measuring distances to land borders.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGES = {"leaflet": "1.9.4", "world-atlas": "2.0.2"}
ASSETS = Path(__file__).resolve().parent.parent / "geomap" / "assets"


def npm_pack(name: str, version: str, workdir: Path) -> tarfile.TarFile:
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return tarfile.open(workdir / out)


def topojson_to_geojson(topology: dict, name: str) -> dict:
    """Decode a quantized, delta-encoded TopoJSON object into a GeoJSON FeatureCollection."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4)])
        arcs.append(points)

    def ring(indices):
        points = []
        for index in indices:
            arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
            points.extend(arc if not points else arc[1:])
        return unwrap(points)

    def unwrap(points):
        """Rings crossing the antimeridian jump by 360 degrees: continue them past it instead."""
        out, shift = [], 0.0
        for i, (lon, lat) in enumerate(points):
            if i and lon + shift - out[-1][0] > 180:
                shift -= 360
            elif i and lon + shift - out[-1][0] < -180:
                shift += 360
            out.append([round(lon + shift, 4), lat])
        return out

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        if geometry["type"] == "Polygon":
            coordinates = [ring(r) for r in geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        properties = {"name": geometry.get("properties", {}).get("name", ""), "iso_numeric": geometry.get("id")}
        features.append({"type": "Feature", "properties": properties,
                         "geometry": {"type": geometry["type"], "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    ASSETS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        leaflet = npm_pack("leaflet", PACKAGES["leaflet"], work)
        read = lambda member: leaflet.extractfile(f"package/dist/{member}").read()  # noqa: E731
        (ASSETS / "leaflet.js").write_bytes(read("leaflet.js"))
        css = read("leaflet.css").decode("utf-8")
        css = re.sub(r"url\(images/([\w.-]+\.png)\)",
                     lambda m: "url(data:image/png;base64," + base64.b64encode(read("images/" + m.group(1))).decode() + ")", css)
        (ASSETS / "leaflet.css").write_text(css, encoding="utf-8")
        atlas = npm_pack("world-atlas", PACKAGES["world-atlas"], work)
        topology = json.load(atlas.extractfile("package/countries-110m.json"))
        outlines = topojson_to_geojson(topology, "countries")
        (ASSETS / "countries-110m.geojson").write_text(json.dumps(outlines, separators=(",", ":")), encoding="utf-8")
        # The 1:10m outlines stay TopoJSON: shared arcs are the land borders geomap/borders.py measures.
        (ASSETS / "countries-10m.topojson").write_bytes(atlas.extractfile("package/countries-10m.json").read())
    print("assets written to", ASSETS)


if __name__ == "__main__":
    main()
