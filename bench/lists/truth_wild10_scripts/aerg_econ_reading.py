"""Wild10 truth for EK-Seong/AERG reading-list.md (an applied-economics reading group's list).

Shape: '#### Topic' headings (difference-in-differences, synthetic control, Bartik instruments,
double machine learning, random forests, forecasting), each over '- ' bullets (the Forecasting ones
indented one space) holding one reference in one of two styles: Chicago-like 'Names. Year. “Title.”
*Journal*.' (the Forecasting bullets open the quote with ” instead of “) or APA 'Surname, I., & …
(Year). Title. *Journal*, vol(issue), pages.'  One Chicago bullet (Abadie, Diamond and Hainmueller)
wraps its journal onto the next line, which belongs to it.  No links, no ids.

Entry: every bullet (22, all journal articles or working papers).  Title: the quoted text for the
Chicago ones (the '.' inside the closing quote dropped); for the APA ones the text between '(Year). '
and the '. *Journal*' that follows (the space there is sometimes a no-break space U+00A0; the DML bullet has no journal: to the line's end; the Goulet
Coulombe title ends '?.', kept as '…forecasting?').

Count checks: grep -c '^ *- ' = 22; per section 5, 4, 3, 2, 3, 5 counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "EK-Seong__AERG__reading-list@ca39b70.md"


def title_of(text: str) -> str:
    m = re.search(r"[“”](.+?)[”“]", text)
    if m:
        return m.group(1)
    m = re.search(r"\(\d{4}\)\.\s(.+?)(?:\.\s\*|$)", text)  # some spaces are U+00A0
    assert m, text
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("#### "):
            per_section.append(0)
            continue
        if not re.match(r" ?- ", text):
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not re.match(r" ?- |#", lines[end]):
            end += 1  # the wrapped journal line
        per_section[-1] += 1
        papers.append(entry(lines, i, end, title_of(text)))
    assert per_section == [5, 4, 3, 2, 3, 5], per_section
    assert len(papers) == 22
    assert [p["line"] for p in papers if p["end"] != p["line"]] == [12]
    write_truth(NAME, "wild10_development", papers,
                "every '- ' bullet under the '####' topic headings is an entry (22 references, Chicago or APA);"
                " title = the quoted text (“…” or ”…”), else the APA text between '(Year). ' and '. *Journal*'",
                "every entry's title and span read against the file (22), the wrapped bullet 12-13, the '?.'"
                " title of line 30, the six no-break spaces (U+00A0) after APA titles, section counts 5/4/3/2/3/5")


if __name__ == "__main__":
    main()
