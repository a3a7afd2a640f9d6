"""Truth for hoya012/deep_learning_object_detection: '- **[Nick]** Title | **[Venue]** | [pdf]' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "hoya012__deep_learning_object_detection__README@98fab8b.md"


def main() -> None:
    t = Truth(NAME, "every '- ' item from '## 2014' to the end of 'Dataset Papers' is an entry; title = the text"
              " after the optional bold '[Nickname]' up to the first '|'; the performance table names detectors",
              "30 random entries, all Dataset Papers items, the items without a nickname")
    start = t.lines.index("## 2014") + 1
    stop = next(i for i, s in enumerate(t.lines, 1) if s.startswith("## Contact"))
    for i in range(start, stop):
        m = re.match(r"- (?:\*\*\[[^\]]*\]\*\*)?\s*([^|]+)", t.line(i))
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
