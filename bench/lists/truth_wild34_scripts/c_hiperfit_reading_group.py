"""Wild34 truth for HIPERFIT/hiperfit.github.com reading-group.md: the HIPERFIT (Copenhagen) reading
group page of 2015, a dated session schedule and a list of suggested papers.

Shape: a Jekyll page.  "##Schedule (2015)" (line 42) is a bullet per session date ("April 7th: topic
(Discussion lead by ...)") with the readings as nested bullets; "Suggestions for future sessions"
(line 94) has topic subheadings and one bullet per suggested paper, often followed by the suggester's
name ("- Martin Dybdal").  Records are written four ways: a quoted title then " - <url>" or a bare URL
(lines 45-58, 100-124), a Markdown link whose text is the title (80-92), authors then the quoted title
over several lines (68-70), or a plain citation "Authors. Title, year. - url - suggester" (128-130).

Entries: every reading bullet that names one scholarly work: article, PhD dissertation (line 46),
draft paper (74-76), technical report (120).  Special cases:
- line 58 "Skim: ..." and line 74 "Draft-paper: ..." keep the quoted title only.
- line 66 "SaC JFP paper - <url>" is a nickname, not a title: entry with title None.
- lines 68-70 and 74-76 wrap over three lines; the span covers all of them.
- lines 71-72 "White-paper: Structured products desks join the AAD revolution" is a software vendor's
  marketing white paper, not a scholarly work: not an entry.
- lines 77-78 "And their own reflections" link lecture slides: not an entry.
- line 92 (schedule) and line 129 (suggestions) are the same Skillicorn & Cai paper: two entries.
- line 102 is a book (Griewank & Walther, "det er en bog"): not an entry.
- line 104 is wrapped in parentheses: still an entry.
- line 114 "Obsidian" and lines 134-138 ("Other topics") are topics/system names: not entries.
- line 124 "(maybe also Massalin, 1987)" is an aside naming no title; it stays inside the entry for
  the Peephole Superoptimizers paper and is not a second entry.
- line 142, under "Decided not to read", is still a paper record: an entry.
- Cancelled sessions (60, 88, 90) and the session header bullets are not entries.
Titles drop the author prefix (68, 92, 128-130), the quotes, parenthesised notes, the year and the
suggester's name.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "HIPERFIT__hiperfit.github.com__reading-group@202c40a.md"
PART = "wild34_development"

NOT_ENTRIES = {71, 77, 102, 114}          # white paper, lecture slides, book, system name
CONTINUED = {68: 70, 71: 72, 74: 76, 77: 78}  # wrapped bullets: first line -> last line
NICKNAME = {66}                           # "SaC JFP paper"
PLAIN_CITATION = {128, 129, 130}          # "Authors. Title, year. - url - name"


def title_of(text: str, first: int) -> str | None:
    if first in NICKNAME:
        return None
    m = re.search(r'"(.+?)"', text)
    if m:
        return m.group(1)
    m = re.search(r"\[([^\]]+)\]\(", text)
    if m:
        t = m.group(1)
        if first == 92:  # "[D. B. Skillicorn , W Cai. A cost calculus ...](url)"
            t = t.split("Cai. ", 1)[1]
        return t
    if first in PLAIN_CITATION:
        body = re.sub(r"\s+", " ", text.split(" - http")[0]).strip()
        # authors end at the first ". " after the author initials/surnames
        if first == 128:
            t = body.split("Shao. ", 1)[1]
            return t.split(". ESOP")[0]
        if first == 129:
            return body.split("Cai. ", 1)[1].rsplit(", 1995", 1)[0]
        if first == 130:
            return body.split("Jay. ", 1)[1].rsplit(", 1998", 1)[0]
    raise ValueError(f"no title on line {first}: {text!r}")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_lists = False
    for i, ln in enumerate(lines, start=1):
        if ln.startswith("##Schedule"):
            in_lists = True
        if ln.startswith("## Other topics"):
            in_lists = False
        if ln.startswith("## Decided not to read"):
            in_lists = True
        if not in_lists:
            continue
        m = re.match(r"^( *)\* (.*)$", ln)
        if not m:
            continue
        indent, body = len(m.group(1)), m.group(2)
        in_schedule = i < 94
        if in_schedule and indent <= 1:
            continue  # session header bullet ("April 7th: ...")
        if body.strip() == "Cancelled" or i in NOT_ENTRIES:
            continue
        last = CONTINUED.get(i, i)
        text = " ".join(lines[i - 1 : last])
        papers.append(entry(lines, i, last, title_of(text, i)))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every reading bullet of the schedule, the suggestions and 'Decided not to read' that names one "
        "paper, thesis or report (not the vendor white paper, lecture slides, book or bare topic names); "
        "title = the quoted or linked title, or the title part of a plain citation, None for the 'SaC JFP "
        "paper' nickname.",
        "All 31 entries checked by eye against the 142-line file, including the wrapped records (68-70, "
        "74-76), the skipped white paper, slides, book and topics, and the repeated Skillicorn & Cai paper.",
    )


if __name__ == "__main__":
    main()
