"""Wild23 truth for distcomp/SvF svf-articles-summary.md: a Russian-language annotated list of the
publications on the SvF ("balanced identification") technology.

Shape: the prose is Russian.  Under thirteen '## ТЕМА N: ...' topic headings (each followed by a
Russian topic paragraph), one record per paper: a '### Статья N' heading ("Article N"), then a
bold line '**Authors. Title**' (authors in English or Cyrillic, 'Surname I.I.', 'Surname, I.I.',
'I. I. Surname', joined by ',', ';' or 'and'; titles in English or in Russian), one to three
'- ' bullets (venue, bare 'DOI: 10....' text, 'URL: ...', 'PDF ...', 'ISBN ...'), a Russian
one-paragraph description and a '### Резюме' ("summary") sub-heading with a Russian paragraph; a
'---' rule closes each record.  The entry spans the '### Статья' line to the last non-blank line
before that rule.  Title = the bold text with the author list removed (AUTHORS regex below).
Special cases:
- line 93 (Статья 7): the bold line goes on past the title into the venue ('... Stable Focus.
  Mathematics, vol. 11, ...'): title cut at '. Mathematics'.
- lines 156-163 (Статья 12 '(часть контекста)', "part of the context"): bold text 'Загрязнение
  воздуха' ("air pollution"), description and summary 'Отсутствует' ("missing"): a placeholder,
  not a paper: not an entry.
- lines 381-385 (Статья 27): bold text 'В проекте' ("in preparation") with a one-sentence stub
  summary and no reference: not an entry.
- line 261 (Статья 19): a talk at a supercomputing forum with its PDF theses: kept (conference
  theses); line 366 (Статья 26): conference abstract, kept.
- DOIs are bare text ('- DOI: 10....', line 217 '- ENG DOI: ...'), never links; no arXiv ids.
Count check: 27 '### Статья' headings - 2 placeholders = 25 entries; 17 with a DOI (grep 'DOI: 10.').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "distcomp__SvF__svf-articles-summary@25c6c4f.md"
PART = "wild23_development"
PLACEHOLDERS = {156, 381}

INIT = r"[A-ZА-ЯЁ]\.?(?:\s?[A-ZА-ЯЁ]\.)*"
SURN = r"[A-ZА-ЯЁ][a-zа-яё]+"
NAME_RE = rf"(?:{SURN},?\s{INIT}|{INIT}\s?{SURN})"
AUTHORS = re.compile(rf"^{NAME_RE}(?:(?:,\s*|;\s*|\s+and\s+){NAME_RE})*\.?\s+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("### Статья")]
    assert len(heads) == 27, len(heads)
    for i in heads:
        if i in PLACEHOLDERS:
            continue
        rule = next(j for j in range(i + 1, len(lines) + 1) if lines[j - 1].strip() == "---")
        end = rule - 1
        while not lines[end - 1].strip():
            end -= 1
        bold = lines[i]  # line i + 1
        m = re.fullmatch(r"\*\*(.+?)\s*\*\*", bold)
        assert m, i
        text = m.group(1)
        a = AUTHORS.match(text)
        assert a, (i, text)
        title = text[a.end():]
        assert title[0].isupper(), (i, title)
        if ". Mathematics, vol." in title:
            title = title[: title.index(". Mathematics, vol.")]
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 25, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 17, sum(1 for p in papers if p["doi"])
    write_truth(NAME, PART, papers,
                "each '### Статья N' record (heading, bold 'Authors. Title' line, venue/DOI bullets, Russian"
                " description and '### Резюме' summary, up to the '---' rule) is an entry, title = the bold"
                " text minus its author list (and minus the venue on Статья 7); the two placeholder records"
                " (Статья 12 'Загрязнение воздуха', Статья 27 'В проекте') are not entries",
                "all 27 records read by eye; every title checked against its bold line (14 Russian, 11"
                " English), the author/title split of each, the venue cut at line 93, the two placeholders,"
                " and the 17 bare-text DOIs")


if __name__ == "__main__":
    main()
