"""Truth for NiuTrans/ABigSurvey: numbered '**Title.**' items, the italic author line below."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "NiuTrans__ABigSurvey__README@a27165b.md"


def main() -> None:
    t = Truth(NAME, "every numbered item 'N. **Title.** venue [paper](url)' is an entry, its title the bold part;"
              " the entry runs to the italic author line below it",
              "40 random entries and the first/last of 5 sections, all 1063 counted against the README's own count")
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\d+\. \*\*(.+?)\*\*", text)
        if m:
            end = i
            for j in range(i + 1, min(i + 4, len(t.lines)) + 1):
                if t.line(j).strip().startswith("*"):
                    end = j
                    break
            t.add(i, end, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
