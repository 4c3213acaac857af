"""Rebuild the embedded default world from the installed sanction-simulator package.

Needs: pip install -e '.[icio]'. Writes src/tradewar/data/default/world_2022.npz
(and the data card inside it) and docs/data_card_default.md. Same as:
tradewar data build --from icio-2022 --regions default --sectors default --out ...
"""

from pathlib import Path

from tradewar.data.build.default_world import DEFAULT_FILE
from tradewar.datasets.build import build_default_world

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    out = ROOT / "src" / "tradewar" / "data" / "default" / DEFAULT_FILE
    world, card = build_default_world(out)
    (ROOT / "docs" / "data_card_default.md").write_text(card)
    print(
        f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB): "
        f"{world.n_countries} regions x {world.n_sectors} sectors"
    )
