"""Wild8 truth for PCMDI/pcmdi.github.io projects/cloud_feedbacks/publications.md: a climate-science
project's publication page (LLNL's cloud feedback group), '### YYYY' sections from 2026 back to
2012, one '* ' bullet per publication.

Shape: AMS-style author-first references, 'Authors, YEAR: Title, <em>Journal</em>, vol, pages,
doi:[10.x/y](url)'.  Recent years are one line each, with the journal in '<em>', in '_..._' or
in plain text (2026 and some 2025 bullets); years 2012-2018 are hard-wrapped over 3-8 lines, with
the DOI in an HTML '<a href=...>' whose attributes and even its URL are broken across lines (one
href is split inside the DOI; its link text gives the DOI whole).  Separators after the year
vary: ':', '.', ';' and ', <tab>'.  Titles end at ', ' or '. ' before the journal; one ends with
'?' followed directly by 'Sci. Adv.'; one title is itself a link (an APS newsletter piece); the
encyclopedia chapter reads 'Climate Feedbacks. In: <editors>.<em>Encyclopedia ...</em>', cut at '. In:'.

Title: the bullet's text from after the year marker to the journal: the opening '<em>' or '_'
where the journal is emphasised, else the first ', ' / '. ' (or the space after '?') before a
plain journal abbreviation from JOURNALS below; the separator is dropped.  '2012a'/'2012b' year
suffixes are part of the marker.

Entries: every '* ' bullet under '## Publications' (articles, two 'Part' companion papers, a
Nature corrigendum, a Nature comment, an Eos feature, an APS newsletter piece, an encyclopedia
chapter 'Climate Feedbacks' (Dessler and Zelinka 2015), 'in press' papers without DOI).  Not an
entry: the 2014 bullet inside an HTML comment ('<!-- * Rosen, J, 2014: ... -->', a hidden AGU
research spotlight), which does not render.  The entry spans the bullet's lines up to the last
non-blank line before the next bullet or heading.

Count check: grep -c '^\\* ' = 128 bullets, all entries; per year 10, 13, 10, 9, 10, 12, 7, 10,
5, 7, 9, 11, 7, 6, 2 (2026 ... 2012) by awk over the '### YYYY' headings.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "PCMDI__pcmdi.github.io__projects__cloud_feedbacks__publications@7b27009.md"
PART = "wild8_development"

JOURNALS = ("Atmos. Chem. Phys.", "J. Climate", "Geosci. Model Dev.", "J. Geophys. Res.",
            "Bull. Amer. Meteor. Soc.", "J. Adv. Model. Earth Syst.", "Commun. Earth Environ.",
            "Earth Space Sci.", "Sci. Adv.", "Geophys. Res. Lett.", "Rev. Mod. Phys.")
PER_YEAR = {2026: 10, 2025: 13, 2024: 10, 2023: 9, 2022: 10, 2021: 12, 2020: 7, 2019: 10, 2018: 5,
            2017: 7, 2016: 9, 2015: 11, 2014: 7, 2013: 6, 2012: 2}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Publications") + 1
    in_comment = False
    bullets = []
    for i, t in enumerate(lines, 1):
        if "<!--" in t:
            in_comment = True
        if i > start and t.startswith("* ") and not in_comment:
            bullets.append(i)
        if "-->" in t:
            in_comment = False
    assert len(bullets) == 128, len(bullets)
    stops = [i for i, t in enumerate(lines, 1) if t.startswith(("* ", "#", "<!--"))] + [len(lines) + 1]

    papers = []
    journal_rx = "|".join(re.escape(j) for j in JOURNALS)
    for b in bullets:
        nxt = min(s for s in stops if s > b)
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        text = " ".join(t.strip() for t in lines[b - 1 : end])
        m = re.search(r"\b(?:19|20)\d\d[ab]?\s*[:;.,]\s+", text)
        rest = text[m.end():]
        cut = re.search(r"<em>|(?<=\s)_(?=\S)", rest)
        if cut:
            title = rest[: cut.start()].rstrip().rstrip(",").rstrip()
        else:
            cut = re.search(r"(?:[,.]|(?<=\?))\s+(?:" + journal_rx + ")", rest)
            assert cut, text
            title = rest[: cut.start()]  # the separator ',' / '.' is left out, a '?' kept
        title = re.sub(r"\. In: .*$", "", title)  # the encyclopedia chapter: 'Title. In: editors. <em>Book</em>'
        papers.append(entry(lines, b, end, title))

    heads = [(int(t[4:8]), i) for i, t in enumerate(lines, 1) if re.match(r"### \d{4}", t)]
    for n, (year, h) in enumerate(heads):
        h_end = heads[n + 1][1] if n + 1 < len(heads) else len(lines) + 1
        assert sum(1 for p in papers if h < p["line"] < h_end) == PER_YEAR[year], year
    write_truth(
        NAME, PART, papers,
        "every '* ' bullet under '## Publications' is an entry (lines: the bullet's wrapped lines); title ="
        " text after the 'YEAR:' marker up to the emphasised journal or a plain journal abbreviation;"
        " the bullet inside an HTML comment is not an entry",
        "all 128 titles read against the file (every wrapped 2012-2018 bullet, the '?'-ended title, the"
        " linked title, the ';' and ', tab' year separators); per-year bullet counts by grep; DOIs where"
        " the href holds none (Nature ids, science.sciencemag, eos.org) or is split across lines, taken"
        " from the link text",
    )


if __name__ == "__main__":
    main()
