"""The whole pipeline with networking disabled in the process: nothing may try to connect."""

import json
import socket
from pathlib import Path


from geomap.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "geomap" / "examples" / "hama_offensive.txt"


def test_pipeline_runs_with_sockets_blocked(index_path, tmp_path, monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    assert main(["map", str(EXAMPLE), "--out", str(tmp_path), "--date", "2024-12-03"]) == 0
    assert attempts == []
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert len(events) >= 5 and (tmp_path / "map.html").stat().st_size > 100_000
