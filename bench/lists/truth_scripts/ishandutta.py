"""Truth for ishandutta2007/hwkim94.github.io: rows of the HTML 'Paper' table."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "ishandutta2007__hwkim94.github.io__README@28693cb.md"


def main() -> None:
    t = Truth(NAME, "every <tr> row of the first ('Paper') HTML table with a Title cell is an entry, from <tr> to"
              " </tr>; title = the cell without its 'Nick[n] ' prefix and '(year)' suffix; the second table"
              " lists code", "all 55 rows")
    stop = next(i for i, s in enumerate(t.lines, 1) if s.startswith("</table>"))
    start = None
    for i in range(1, stop):
        text = t.line(i).strip()
        if text == "<tr>":
            start = i
        m = re.match(r"<td>(.*?)</td>", text)
        if start and m and not m.group(1).strip().isdigit():
            cell = re.sub(r"^.*?\[\d+\]\s*", "", m.group(1))
            title = re.split(r"\(\d{4}\)", cell)[0]
            end = next(j for j in range(i, stop) if t.line(j).strip() == "</tr>")
            t.add(start, end, title)
            start = None
    t.write()


if __name__ == "__main__":
    main()
