"""Wild39 truth for ulyantsev/jekyll-personal-page _pages/publications-ru.md: the Russian-language
publication page ("russian papers & IP") of an ITMO computer scientist's Jekyll site -- software
registration certificates, Russian scientific papers and olympiad-problem articles, all written in
Russian GOST-style bibliography (authors, title, "//" or "/" then the source).

Shape: 323 lines, Jekyll front matter (1-6), three "## " sections; every record is a Markdown
ordered-list item written "  0.  " (two-space indent, literal zero) followed by 6-space indented
continuation lines: line 1 = authors ("Ульянцев В.И., Царев Ф.Н."), then the title over one to three
lines, ended by " //" (journal, certificate) or " /" (proceedings, abstracts), then the source, then
optional "<a href=...>[pdf]</a>" / "[elibrary]" link lines (and one commented-out "<!--a href ...-->"
line, 191).  Items are separated by blank lines except four consecutive items at 104-116.  The first
two items of the papers section wrap authors and title in "<b>...</b>" (65-67, 71-72).
- "## Программы для ЭВМ" (8-61): 11 state registration certificates of computer programs
  ("Свидетельство о регистрации программы для ЭВМ") -- software, not entries.
- "## Научные статьи на русском" (63-176): 22 papers -- journal articles (Научно-технический вестник
  ИТМО), proceedings papers and conference abstracts ("Сборник тезисов докладов", СПИСОК, SCM, IS&IT,
  Телематика), papers in the ITMO young-scientists collection, and one bachelor-thesis summary in an
  annotated collection of theses (173) -- all entries.
- "## Образовательные статьи с разборами задач" (179-323): 26 educational articles in the journal
  "Компьютерные инструменты в школе" ("Готовимся к олимпиадам по информатике. Задача «...»", two "Олимпиадные задачи по
  информатике и программированию. Задача «...»") -- journal articles, entries.
Entry = each item of the last two sections (48), lines = the "0." line through its last non-blank
line.  Title = the text between the authors line and the first " //" or " /" separator, joined over
its lines, <b> tags removed, as written (the "Готовимся к олимпиадам по информатике." series prefix
is part of the article titles; the same title written twice for two venues gives two entries).  No
DOIs or arXiv ids (elibrary / ipo.spb.ru / is.ifmo.ru links only).  48 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "ulyantsev__jekyll-personal-page___pages__publications-ru@21900c9.md"
PART = "wild39_development"

ITEM = re.compile(r"^  0\.  (.*)$")
AUTHORS = re.compile(r"^(<b>)?([А-ЯЁ][а-яё]+ [А-ЯЁ]\. ?[А-ЯЁ]\.?,? ?)+\s*$")
SEP = re.compile(r"\s/{1,2}(\s|$)")
SECTIONS = ["## Программы для ЭВМ", "## Научные статьи на русском", "## Образовательные статьи с разборами задач"]


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, t in enumerate(lines, 1) if ITEM.match(t)]
    heads = {n: t for n, t in enumerate(lines, 1) if t.startswith("## ")}
    assert list(heads.values()) == SECTIONS, heads
    papers = []
    counts = {h: 0 for h in SECTIONS}
    for i, n in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        stop = min([stop] + [h - 1 for h in heads if h > n])
        last = max(k for k in range(n, stop + 1) if lines[k - 1].strip())
        section = heads[max(h for h in heads if h < n)]
        counts[section] += 1
        authors = ITEM.match(lines[n - 1]).group(1)
        assert AUTHORS.match(authors), (n, authors)
        body = " ".join(lines[k - 1].strip() for k in range(n + 1, last + 1))
        m = SEP.search(body)
        assert m, n
        title = re.sub(r"</?b>", "", body[: m.start()])
        if section == SECTIONS[0]:
            assert "программы для ЭВМ" in body, n
            continue
        papers.append(entry(lines, n, last, title))

    assert list(counts.values()) == [11, 22, 26], counts
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '  0.  ' item of the sections 'Научные статьи на русском' (22 journal/proceedings papers and "
        "abstracts, one bachelor-thesis summary) and 'Образовательные статьи с разборами задач' (26 journal "
        "articles) is an entry, from its 0. line to its last non-blank line; the 11 software registration "
        "certificates ('Программы для ЭВМ') are not; title = the text between the authors line and the first "
        "' //' or ' /' separator, joined over lines, <b> removed.",
        "Read all 323 lines: every item's authors line, title lines and separator compared with the -v output "
        "(the <b>-wrapped items 65 and 71, the multi-line titles 66-67, 85-86, 98-99, 151-152, 162-163, 168-169, "
        "the four unseparated items 104-116, the commented <!--a href--> line 191 kept inside its item), the 11 "
        "certificates checked to be software registrations, and the section counts 11/22/26.",
    )


if __name__ == "__main__":
    main()
