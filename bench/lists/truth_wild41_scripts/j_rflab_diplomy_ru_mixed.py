"""Wild41 truth for RF-Lab/rf-lab.github.io theses.md: the "Дипломы" (graduation theses) page of the RF-Lab
teaching group (a Russian university department of radio engineering / signal processing), a Jekyll page
in Russian listing the diploma, bachelor's, specialist's and master's theses its students defended, by year.

Shape: 116 lines; YAML front matter (1-5), a link "[Примеры дипломов](Google Drive folder)" (7, examples
of theses as files -- not an entry), "---" (9), "## Дипломы по годам" (10), then year headings, "###" for
2023-2015 (11-53, with the degree in parentheses: Магистратура, специалитет, бакалавриат) and "##" for
2014-2004 (60-113, "(дневное отд.)" / "(вечернее/заочное отд.)"; 66 ends with a stray "]"), each followed
by one bullet per thesis.  Two record styles:
- 2023-2017 (12-47, "* " at column 0): "Student Name Title." with nothing marking the boundary between the
  name (full name "Рыбалков Михаил Сергеевич", surname and initials "Вишняков А.В." or surname and first
  name "Горшков Максим") and the title, some followed by "(Руководитель к.т.н. Филатов В.В.)" (21-31);
  Liquid "{% include youtube_embed.html id=... %}" lines between bullets (23, 27, 32) are video embeds,
  not entries;
- 2016-2004 (50-115, " * " indented one space): the name in backticks, then the title plain (54, 62),
  linked "[Title](slideshare url)" (50, 61), in brackets without a link "[Title]" (74, 75), in double
  quotes ('"Title"' 105-111, '"Title".' 102) or quoted inside the link text ('["Title"](url )' 114); 95
  adds a second link "[Архив 7z](drive)"; 83 is "`Блохин И.Д.` [Тема]", a placeholder ("Topic") instead of
  a title.
Entries (60): every bullet, each one thesis; one line each.  Title = the text after the name, with the
supervisor note "(Руководитель ...)" dropped, the link or brackets and the double quotes removed, a
leading space inside the brackets (55, 70) and the final full stop removed; the double spaces of 47 are
collapsed by the title cleaning.  The unmarked names of 12-47 are listed in NAMES by line, as read.
83's "[Тема]" names no title: title null.  Links go to slideshare and Google Drive: no arXiv ids or DOIs.
60 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "RF-Lab__rf-lab.github.io__theses@ad45c8d.md"
PART = "wild41_development"

NAMES = {
    12: "Рыбалков Михаил Сергеевич", 13: "Филипповский Александр Владимирович",
    14: "Сергеев Павел Александрович", 17: "Вишняков А.В.", 18: "Никитин А.Д.", 21: "Симакин С.Е.",
    25: "Стаценко В.Е.", 29: "Седов А.П.", 30: "Горшков Максим", 31: "Алексеев Дмитрий", 34: "Тюриков Иван",
    35: "Василив Никита", 38: "Павлов Ю.А.", 41: "Краснов Ю.Д.", 44: "Лукьянчиков А.И.", 47: "Львов Е.Ю.",
}
TICKED = re.compile(r"^ \* `[^`]+` (?P<rest>.+)$")
SUPERVISOR = re.compile(r"\s*\(Руководитель [^)]*\)\s*$")
BRACKET = re.compile(r"^\[(?P<title>[^\]]+)\]")


def title_of(rest: str) -> str | None:
    rest = SUPERVISOR.sub("", rest).strip()
    m = BRACKET.match(rest)
    if m:
        rest = m.group("title")
    rest = rest.strip().strip('"').rstrip(".").strip().strip('"').strip()
    return None if rest == "Тема" else rest


def main() -> None:
    lines = read_lines(NAME)
    assert lines[9] == "## Дипломы по годам"
    papers = []
    for n, text in enumerate(lines, 1):
        if text.startswith("* "):
            name = NAMES[n]
            assert text.startswith("* " + name + " "), n
            rest = text[len(name) + 3:]
        elif text.startswith(" * "):
            m = TICKED.match(text)
            assert m, n
            rest = m.group("rest")
        else:
            continue
        papers.append(entry(lines, n, n, title_of(rest)))
    assert sorted(NAMES) == [p["line"] for p in papers if p["line"] < 50]
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet under the year headings is one defended thesis (diploma, bachelor's, specialist's or "
        "master's; 60) and an entry; title = the text after the student's name (unmarked names of 2023-2017 "
        "read by line, backticked names after), without the supervisor note, link, brackets, double quotes and "
        "final full stop; the placeholder '[Тема]' (83) gives a null title; the examples-folder link and the "
        "YouTube embeds are not entries.",
        "Read all 116 lines: every bullet's name/title boundary against the -v output, in particular the "
        "unmarked names of 12-47 (three-word names 12-14, two-word names 30, 31, 34, 35, initials elsewhere), the "
        "supervisor notes (21-31), the embeds (23, 27, 32), the linked (50, 51, 55, 58, 61, 67, 69, 70, 76, 87, "
        "89-97, 100, 101), bracketed (74, 75), quoted (102-115) and plain (54, 56, 57, 62-64, 68, 71, 77-80, 84, "
        "88) titles, the second link of 95, the placeholder 83 and the count per heading.",
    )


if __name__ == "__main__":
    main()
