"""Truth for zingale/computational_astrophysics ML-in-astro page: '* [Title](url) by Authors.' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "zingale__computational_astrophysics__content__machine-learning__machine-learning-in-astro@c4157ea.md"


def main() -> None:
    t = Truth(NAME, "every '* [Title](url) by Authors.' item before '## Example notebooks' is an entry, title ="
              " the link text; the notebooks are tools", "all items")
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## Example"):
            break
        m = re.match(r"\* \[(.+?)\]\(", text)
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
