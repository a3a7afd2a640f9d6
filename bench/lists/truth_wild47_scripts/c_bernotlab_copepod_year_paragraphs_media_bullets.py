"""Wild47 truth for bernotlab/BernotLab.github.io ``_pages/publications_list.md``: the publication page of the Bernot
Lab (UConn; copepod and parasite systematics, phylogenomics), an al-folio Jekyll site, newest commit holding the file
(dbd8228, 2025-12-23).

Shape: 95 lines, 10 KB.  YAML front matter (1-8), a Google Scholar pointer and a ``<sup>`` reprint note (10-11), then
year headings ``#### 2025`` (13) down to ``#### 2015`` (93; no 2018) and under each one paragraph per paper, blank
lines between them (two blank lines in 2022).  A paragraph is a hand-written citation in one line:
``Authors (with <b>Bernot JP</b>). (YEAR). Title. Journal[, volume: pages]. [https://doi.org/...](https://...)``.
Two paragraphs run over two lines because the link's closing ``)`` fell onto the next line (46-47, 64-65).  Under two
papers a ``Media coverage:`` line and ``*`` bullets of news links follow (17-24 after 15; 51-52 after 49).

Special cases:
- ``(2023)`` without the following dot (49) and ``<b>Bernot JP.</b> (2022).`` with the dot inside the bold (55).
- Several titles hold a stray ``). `` inside them, left from the author's ``(Copepoda: ...).`` style, e.g. 71
  ``Parasitic copepods of the family Lernanthropidae Kabata, 1979 (Copepoda: Siphonostomatoida). from Australian fishes
  with descriptions of seven new species``, also 79, 81, 87, 91, 94: the title is the whole text up to the journal, the
  inner ``). `` kept as written.
- Titles hold ``<i>`` taxon names (dropped markup), initials with dots (``O.F. Müller`` 46, ``O. bonariensis`` 85,
  ``Squalus</i> L. in`` 87, ``n. gen.`` 94) and ``Kabata, 1979``-style authorities.
- Three paragraphs have no dot between journal and link (``PeerJ [http://doi.org/...`` 79, 81; ``Ecology and
  Evolution [http://dx.doi.org/...`` 85).
- 75 links to nature.com without a DOI in the URL (``s41390-019-0742-8``), so it has no DOI id.

Decisions:
- Entry = every citation paragraph (25): first line = the line with ``(YEAR)``, last line = the line that closes its
  link (the next line for 46 and 64).  Title = the text after ``(YEAR).``/``(YEAR)`` up to the last ``. `` before the
  link (the journal part after it dropped).
- Not entries: front matter, the Scholar line and reprint note, year headings, ``Media coverage:`` lines and their
  news-link bullets.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "bernotlab__BernotLab.github.io___pages__publications_list@dbd8228.md"
PART = "wild47_development"

CITE = re.compile(r"^(?P<authors>.+?)\s\((?P<year>\d{4})\)\.?\s(?P<rest>.+)$")
LINK = re.compile(r"\s*\[https?://[^\]]*\]\((?P<url>[^)]*)(?P<close>\))?\s*$")
YEAR = re.compile(r"^#### (\d{4})$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[7] == "---"
    papers = []
    years = []
    for n, ln in enumerate(lines, 1):
        if YEAR.match(ln):
            years.append(int(YEAR.match(ln).group(1)))
            continue
        m = CITE.match(ln)
        if not m or ln.startswith(("*", "#", "You can", "<sup>")):
            continue
        assert "Bernot JP" in m.group("authors"), (n, ln)
        assert int(m.group("year")) == years[-1], (n, ln)
        rest = m.group("rest")
        link = LINK.search(rest)
        assert link, (n, ln)
        last = n
        if not link.group("close"):
            assert lines[n] == ")", (n, lines[n])
            last = n + 1
        body = rest[: link.start()].rstrip()
        cut = body.rfind(". ", 0, len(body) - 1)
        assert cut > 0, (n, body)
        title = body[:cut]
        papers.append(entry(lines, n, last, title))
    assert years == [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2017, 2016, 2015], years
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [15, 26, 28, 30, 32, 34, 36, 40, 42, 46, 49, 55, 58, 62, 64, 69, 71, 73, 75, 79, 81, 85, 87,
                         91, 94], sorted(t)
    assert (t[15]["title"], t[15]["doi"]) == (
        "Phylogenomics of enigmatic crustacean y-larvae reveals multiple origins of parasitism in barnacles",
        "10.1016/j.cub.2025.06.007"), t[15]
    assert (t[46]["end"], t[46]["doi"]) == (47, "10.11646/zootaxa.5360.4.5"), t[46]
    assert t[46]["title"] == ("Resolving taxonomic and nomenclatural problems in the genus Caligus O.F. Müller, 1785"
                              " (Copepoda: Caligidae)"), t[46]
    assert t[55]["title"] == "Teaching Parasitology Lab Remotely Using Livestreaming", t[55]
    assert (t[64]["end"], t[64]["doi"]) == (65, "10.1016/j.surg.2021.03.031"), t[64]
    assert t[71]["title"] == ("Parasitic copepods of the family Lernanthropidae Kabata, 1979 (Copepoda:"
                              " Siphonostomatoida). from Australian fishes with descriptions of seven new species")
    assert t[75]["doi"] is None, t[75]
    assert t[75]["title"] == ("In infants with severe bronchiolitis: dual-transcriptomic profiling of nasopharyngeal"
                              " microbiome and host response"), t[75]
    assert t[85]["title"].endswith("Odontesthes argentinensis and O. bonariensis (Atheriniformes)"), t[85]
    assert t[94]["title"] == ("The dismantling of Calliobothrium (Cestoda: Tetraphyllidea). with erection of Symcallio"
                              " n. gen. and description of two new species"), t[94]
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every hand-written citation paragraph under the '#### YEAR' headings is an entry (25); its lines run from the"
        " '(YEAR)' line to the line closing its DOI link (two spill a lone ')' onto the next line, 46-47 and 64-65);"
        " title = the text after '(YEAR).' up to the last '. ' before the link (the journal dropped), stray inner"
        " '). ' of the author's '(Copepoda: ...).' style kept; 'Media coverage:' lines and their news-link bullets,"
        " headings, front matter and the intro are not entries.",
        "Read all 95 lines; compared -v for every entry: year headings (no 2018), the two-line entries 46-47/64-65,"
        " '(2023)' without dot 49, '<b>Bernot JP.</b>' 55, the inner '). ' titles 71/79/81/87/91/94, initials inside"
        " titles 46/85/87/94, journal without final dot 79/81/85, DOIs from doi.org/dx.doi.org links (all but 75,"
        " a nature.com article link without DOI); the media bullets 18-24 and 52 are not entries.",
    )


if __name__ == "__main__":
    main()
