"""Open truth for gokceneraslan/awesome-deepbio: '- **YYYY-MM** | Title | *Authors* | [Venue](url)' bullets."""
import re

from _open import Open

NAME = "gokceneraslan__awesome-deepbio__README@f4bc7fd.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"- \*\*[\d-]+\*\* \| (.+?) \|", text)
        if m:
            t.add(i, i, m.group(1))
    t.write("every '- **date** | Title | *Authors* | [Venue](url)' bullet is an entry (127), title = the field"
            " after the date", "the 15-entry sample, that every bullet has the date-title shape, the lines"
            " that are not bullets (heading, intro, contribution, licence)")


if __name__ == "__main__":
    main()
