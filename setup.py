"""Only what pyproject.toml cannot say: the package list.

Every package under zoterodigest/ is found (none is listed by hand), and the
top-level mappings/ folder, which users read and override, is installed as
zoterodigest.mapping_files (pyproject.toml's package-dir maps it).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["zoterodigest", "zoterodigest.*"]), "zoterodigest.mapping_files"])
