"""Wild54 truth for haruosuz/plasmids references/plasmid_resistance.md: a Japanese bioinformatician's (Haruo Suzuki)
personal research notebook on plasmid-mediated antibiotic resistance, kept as raw pastes from PubMed, Twitter/X, TED and
YouTube.  The file was deleted from the repository on 2025-07-26 (73e8405, "remove manuscript/..."), so the last commit
that wrote it is taken (5d13b4d, 2024-11-21, "update references/plasmid_resistance.md"; identical to 73e8405^).

Shape: 454 lines, 22 KB.  ``# plasmid resistance`` (1), a hand-made table of contents (3-14), ``----------`` rules between
``##`` sections: unclassified (a Wikipedia link, 17-19), pubmed (search URLs and a TogoTV tutorial video, 22-29),
``## Francois Balloux`` (32-68: twitter handle, two papers under ``### YYYY-MM-DD`` date headings, each followed by pasted
tweets ``... on X: "..." / X``), updates (71-80: an ASM news article), papers (83-278: ``## 2020`` ... ``## 2013`` year
headings and ``### Author_YEAR_Review`` note headings, some empty ``### ``), mcr-12345 / mcr-5 / mcr-4 / mcr-3 / mcr-2
(283-381), video (386-448: ``### mm:ss`` duration headings with TED/YouTube/JoVE talks).

Every paper is a block pasted from the new PubMed page, no Markdown list syntax at all:
``https://pubmed.ncbi.nlm.nih.gov/NNN/`` / journal line (sometimes prefixed ``Review``) / ``. 2022 Mar 3;13(1):1131. doi:
10.1038/...`` / the title line / the authors line with affiliation numbers / publisher and PMC links, then free notes
(quoted sentences, figure captions, ``<img>`` and ``![]()`` images) until a blank line.

Special cases:
- 218 ``review`` sits on the line before a PubMed URL (219); the entry starts at the URL.
- 398-399 a JoVE article (``Quantification of Plasmid-Mediated Antibiotic Resistance in an Experimental Evolution
  Approach | Protocol``) listed in the video section: JoVE publishes peer-reviewed (video) methods articles, so it is an
  entry; the page-title suffix `` | Protocol`` is dropped.
- Not entries: tweets about papers (48-50, 62-68), the ASM news piece (75-80, its PMC link has no title), the Wikipedia
  and PubMed search links, the TogoTV tutorial (28-29, a DOI but a video), TED talks, YouTube lectures and the MetaSUB
  video (386-448 except JoVE).
- ``### Author_YEAR`` headings are the writer's labels, not titles.

Decisions:
- Entry = each PubMed block, from its URL line to the line before the next blank line (26), plus the JoVE pair (1): 27.
- Title = the line three below the PubMed URL (after the journal and date/DOI lines), as written; DOI from the date line.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "haruosuz__plasmids__references__plasmid_resistance@5d13b4d.md"
PART = "wild54_development"

PUBMED = re.compile(r"^https://pubmed\.ncbi\.nlm\.nih\.gov/\d+/$")
DATE = re.compile(r"^\. \d{4} [A-Z][a-z]{2}.*doi: 10\.\S+\.")
JOVE = 398


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# plasmid resistance", lines[0]
    papers = []
    for n, ln in enumerate(lines, 1):
        if not PUBMED.match(ln):
            continue
        assert DATE.match(lines[n + 1]), (n, lines[n + 1])
        title = lines[n + 2].strip()
        assert title and not title.startswith("http") and not re.search(r"[\[\]<>*`]", title), (n, title)
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        papers.append(entry(lines, n, last, title))
    assert lines[JOVE - 1].startswith("https://www.jove.com/v/60749/"), lines[JOVE - 1]
    jove = lines[JOVE].removesuffix(" | Protocol")
    assert jove != lines[JOVE] and not lines[JOVE + 1].strip()
    papers.append(entry(lines, JOVE, JOVE + 1, jove))
    t = {p["line"]: p for p in papers}
    assert (t[40]["title"], t[40]["doi"], t[40]["end"]) == (
        "Role of mobile genetic elements in the global dissemination of the carbapenem resistance gene blaNDM",
        "10.1038/s41467-022-28819-2", 46), t[40]
    assert t[219]["title"].startswith("Plasmid Classification in an Era of Whole-Genome Sequencing"), t[219]
    assert t[272]["title"] == "Plasmids and the spread of resistance", t[272]
    assert t[286]["doi"] == "10.1128/aac.00278-18", t[286]
    assert t[370]["title"].startswith(
        "Identification of a novel plasmid-mediated colistin-resistance gene, mcr-2"), t[370]
    assert t[398]["title"] == (
        "Quantification of Plasmid-Mediated Antibiotic Resistance in an Experimental Evolution Approach"), t[398]
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every block pasted from PubMed (a 'https://pubmed.ncbi.nlm.nih.gov/N/' line, then journal, '. date ... doi:'"
        " and title lines, authors, links and notes up to the next blank line) is an entry, title = the line three"
        " below the URL; plus the JoVE methods article in the video section (398-399, ' | Protocol' dropped); tweets,"
        " news, Wikipedia/PubMed-search links, the TogoTV tutorial and TED/YouTube talks are not entries (27).",
        "Read all 454 lines; compared -v for all 27 entries: titles on the third line below each PubMed URL, spans end"
        " at the blank line (notes and figure captions included: 219-226, 286-293, 312-321), DOIs from the date lines"
        " (26, none for JoVE), 'review' before 219 left out, tweets 48-68 / ASM news 75-80 / videos skipped.",
    )


if __name__ == "__main__":
    main()
