"""The 50 sectors of the OECD ICIO tables (2025 release, ISIC Rev. 4) and their trade elasticities.

Elasticity tables (overridable: any baseline's ``theta`` can be replaced):

``caliendo-parro``
    The sectoral θ of Caliendo & Parro (2015) as used in their replication
    files (``T.txt``; non-tradables 8.22), mapped by the tradewar team to ICIO
    sectors: each ICIO sector takes the θ of the CP sector that covers it;
    computers/electronics (C26) take the mean of CP's office machinery (12.95),
    communication equipment (3.95) and medical/precision instruments (8.71);
    motor vehicles and other transport take 8.22 as in those files; services
    8.22.  Coke and refined petroleum (C19) takes 8.22 too, instead of CP's
    64.85: petroleum is a large traded sector in 2022, and θ = 65 makes world
    petroleum trade swing by tens of percent for cost changes below one
    percent, which then dominates every result (a 25% Chinese tariff on $16B
    of US goods cut total US exports by a quarter); 8.22 is the value CP give
    sectors without a usable estimate.
``caliendo-parro-raw``
    The same with CP's 64.85 for petroleum.
``uniform-4``
    θ = 4 everywhere (Simonovska & Waugh 2014).
"""

from __future__ import annotations

import numpy as np

from tradewar.errors import DataError

__all__ = ["ELASTICITY_TABLES", "ICIO_SECTORS", "elasticities"]

#: ICIO 2025 sector code → short description (typed from the OECD ICIO documentation).
ICIO_SECTORS: dict[str, str] = {
    "A01": "Crop and animal production, hunting",
    "A02": "Forestry and logging",
    "A03": "Fishing and aquaculture",
    "B05": "Mining of coal and lignite",
    "B06": "Extraction of crude petroleum and natural gas",
    "B07": "Mining of metal ores",
    "B08": "Other mining and quarrying",
    "B09": "Mining support service activities",
    "C10T12": "Food products, beverages and tobacco",
    "C13T15": "Textiles, wearing apparel, leather",
    "C16": "Wood and products of wood and cork",
    "C17_18": "Paper products and printing",
    "C19": "Coke and refined petroleum products",
    "C20": "Chemicals and chemical products",
    "C21": "Pharmaceuticals",
    "C22": "Rubber and plastics products",
    "C23": "Other non-metallic mineral products",
    "C24A": "Manufacture of basic iron and steel",
    "C24B": "Manufacture of basic precious and non-ferrous metals",
    "C25": "Fabricated metal products",
    "C26": "Computer, electronic and optical products",
    "C27": "Electrical equipment",
    "C28": "Machinery and equipment n.e.c.",
    "C29": "Motor vehicles, trailers and semi-trailers",
    "C301": "Building of ships and boats",
    "C302T309": "Other transport equipment",
    "C31T33": "Furniture, other manufacturing, repair",
    "D": "Electricity, gas, steam and air conditioning",
    "E": "Water supply, sewerage, waste",
    "F": "Construction",
    "G": "Wholesale and retail trade",
    "H49": "Land transport",
    "H50": "Water transport",
    "H51": "Air transport",
    "H52": "Warehousing and support for transport",
    "H53": "Postal and courier activities",
    "I": "Accommodation and food services",
    "J58T60": "Publishing, audiovisual and broadcasting",
    "J61": "Telecommunications",
    "J62_63": "IT and other information services",
    "K": "Financial and insurance activities",
    "L": "Real estate activities",
    "M": "Professional, scientific and technical",
    "N": "Administrative and support services",
    "O": "Public administration and defence",
    "P": "Education",
    "Q": "Human health and social work",
    "R": "Arts, entertainment and recreation",
    "S": "Other service activities",
    "T": "Activities of households as employers",
}

_CP = {  # Caliendo-Parro (2015) replication θ by CP sector
    "agriculture": 9.11,
    "mining": 13.53,
    "food": 2.62,
    "textile": 8.10,
    "wood": 11.50,
    "paper": 16.52,
    "petroleum": 64.85,
    "chemicals": 3.13,
    "plastic": 1.67,
    "minerals": 2.41,
    "basic_metals": 3.28,
    "metal_products": 6.99,
    "machinery": 1.45,
    "office": 12.95,
    "electrical": 12.91,
    "communication": 3.95,
    "medical": 8.71,
    "auto": 8.22,
    "other_transport": 8.22,
    "other": 3.98,
    "non_tradable": 8.22,
}
_ICIO_TO_CP = {
    "A01": "agriculture",
    "A02": "agriculture",
    "A03": "agriculture",
    "B05": "mining",
    "B06": "mining",
    "B07": "mining",
    "B08": "mining",
    "B09": "mining",
    "C10T12": "food",
    "C13T15": "textile",
    "C16": "wood",
    "C17_18": "paper",
    "C19": "petroleum",
    "C20": "chemicals",
    "C21": "chemicals",
    "C22": "plastic",
    "C23": "minerals",
    "C24A": "basic_metals",
    "C24B": "basic_metals",
    "C25": "metal_products",
    "C27": "electrical",
    "C28": "machinery",
    "C29": "auto",
    "C301": "other_transport",
    "C302T309": "other_transport",
    "C31T33": "other",
}


def _caliendo_parro(raw: bool = False) -> dict[str, float]:
    table = {}
    for code in ICIO_SECTORS:
        if code == "C26":
            table[code] = round((_CP["office"] + _CP["communication"] + _CP["medical"]) / 3, 4)
        elif code == "C19" and not raw:
            table[code] = _CP["non_tradable"]
        else:
            table[code] = _CP[_ICIO_TO_CP.get(code, "non_tradable")]
    return table


ELASTICITY_TABLES: dict[str, dict[str, float]] = {
    "caliendo-parro": _caliendo_parro(),
    "caliendo-parro-raw": _caliendo_parro(raw=True),
    "uniform-4": dict.fromkeys(ICIO_SECTORS, 4.0),
}


def elasticities(sectors: tuple[str, ...] | list[str], table: str = "caliendo-parro") -> np.ndarray:
    """θ for ICIO sector codes from a named table.

    Parameters
    ----------
    sectors : tuple of str or list of str
        ICIO sector codes.
    table : str, default "caliendo-parro"
        A name in :data:`ELASTICITY_TABLES`.

    Returns
    -------
    numpy.ndarray
        (S,) trade elasticities, in the order of ``sectors``.

    Raises
    ------
    DataError
        If the table is unknown or has no value for a sector.
    """
    if table not in ELASTICITY_TABLES:
        known = ", ".join(ELASTICITY_TABLES)
        raise DataError(f"unknown elasticity table {table!r}; known: {known}")
    values = ELASTICITY_TABLES[table]
    missing = [s for s in sectors if s not in values]
    if missing:
        raise DataError(f"elasticity table {table!r} has no value for sector(s) {missing}")
    return np.array([values[s] for s in sectors])
