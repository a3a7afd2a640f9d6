"""Wild58 truth for NCAR/earthcube-program-analysis docs/_sources/bib/zotero_bib.md at 6f72b58 (2022-11-08): the
EarthCube (NSF geoscience cyberinfrastructure programme) bibliography, exported from Zotero to Markdown by pandoc in
the AMS (American Meteorological Society) author-year style.  Earth science: hydrology, oceanography, solar physics,
glaciology, paleontology, geoinformatics.

Shape: 980 lines, 60 KB.  Line 1 is the heading ``# EarthCube Program Bibliography``, line 2 is blank, then 252
references run on with no blank line between them (3-980).  Each reference is hard-wrapped over 2-7 lines and ends
with a backslash (pandoc hard line break), except the last one (977-980):
``Author, A., B. Author, and C. Author, 2021: Title of the paper. *Journal*, **21**, 160,`` /
``https://doi.org/10.1088/...\\``.
Special cases:
- Repeated authors are written ``------,`` (``------, ------, D. Voce, ...``, 160): the entry starts on that line.
- Year suffixes ``2014a``/``2016b``; unknown authors ``?`` / ``??`` (197, 557, 802).
- The title can break across lines anywhere, and can start with italics (``*GHub*  : Building a glaciology ...``, 718).
- Titles keep their own end marks: ``Moon Landing or Safari? A Study of ...`` (334), some end with ``?``.
- Pandoc escapes and markup inside titles: ``Mechanism\\*`` (115), ``PX\\^2`` (954), ``\\<scp\\>CHOSEN\\</scp\\>  :``
  (956), a doubly HTML-escaped ``&amp;lt;i&amp;gt;Trichodesmium&amp;lt;/i&amp;gt;`` (289), italics ``*SDO*/HMI`` (437), and
  ``scalable*k-*mer--based`` (84), whose asterisks are no emphasis in CommonMark (the closing one follows ``-`` and
  precedes ``m``), so they stay literal.
- 287-290 has no period before its container (``...&amp;lt;/i&amp;gt; *Biogeosciences*,``); 487-489 ends its title
  with a quoted ``"relationship life cycle."`` then the container.
- Many software / dataset / report records repeat the title as the italic container (``OntoSoft. *OntoSoft*,``, 223;
  Zenodo DOIs 10.5281/...).

Decisions:
- Entry = every reference (a line starting a new reference after the previous one's backslash end), span = its first
  line to its last (backslash) line: 252 entries.  Software, dataset and report records are kept: they are
  bibliography entries with a title, and the file gives them the same shape as the articles.
- Title = the text after ``YEAR[a-z]: `` up to the first ``. *`` / ``? *`` that opens the italic container (the
  ``*Journal*,``), lines joined with one space; the closing period is dropped, ``?`` kept.  Italic markers inside a
  title are removed (718 -> ``GHub  : Building ...``, 437 -> ``SDO/HMI``), pandoc backslash escapes undone
  (``Mechanism*``, ``PX^2``), the ``<scp>`` tags and the escaped ``<i>`` tags dropped (``CHOSEN  : A synthesis ...``,
  ``... diazotroph Trichodesmium``); ``scalable*k-*mer--based`` and pandoc's ``--``/``---`` dashes kept as written.
  Title-only records keep their short titles (``EmptyHeaded``, ``OntoSoft``, ``CHEX``, ``Spatial-Net``).
- DOIs come from the https://doi.org/ URL that ends each reference.  The helper keeps the reference's closing
  ``.\\`` on the DOI (``10.1088/1674-4527/21/7/160.\\``), so the script sets ``p["doi"]`` by hand to the URL's
  DOI without the closing period and backslash, lower case.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "NCAR__earthcube-program-analysis__docs___sources__bib__zotero_bib@6f72b58.md"
PART = "wild58_development"

YEAR = re.compile(r", (?:\d{4}[a-z]?|n\.d\.): ")
CONTAINER = re.compile(r"(?:([.?!])|(?<=[;'\"])) \*.*?\*[,.]")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
TAGS = re.compile(r"<scp>|</scp>|&amp;lt;/?i&amp;gt;")
DOI = re.compile(r"https://doi\.org/(\S+?)\.?\\?$")
ITALIC = re.compile(r"(?<!\w)\*([^*]+)\*(?!\w)")


def main() -> None:
    lines = read_lines(NAME)
    spans = []
    last_line = max(n for n, ln in enumerate(lines, 1) if ln.strip())
    start = None
    for n, ln in enumerate(lines, 1):
        if n < 3:
            continue
        if start is None and ln.strip():
            start = n
        if start is not None and (ln.endswith("\\") or n == last_line):
            spans.append((start, n))
            start = None
    papers = []
    for first, last in spans:
        text = " ".join(lines[i - 1].strip() for i in range(first, last + 1))
        m = YEAR.search(text)
        assert m, (first, text)
        rest = text[m.end():]
        c = CONTAINER.search(rest)
        assert c, (first, rest)
        title = rest[: c.start()] + (c.group(1) if c.group(1) in ("?", "!") else "")
        title = ITALIC.sub(r"\1", title)
        title = TAGS.sub("", ESCAPE.sub(r"\1", title)).strip()
        p = entry(lines, first, last, title)
        d = DOI.search(text)
        if d and p["doi"] != d.group(1).lower():
            p["doi"] = ESCAPE.sub(r"\1", d.group(1)).lower()
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 252, len(papers)
    assert by[3]["title"] == "DeepSun: machine-learning-as-a-service for solar flare prediction", by[3]
    assert by[3]["doi"] == "10.1088/1674-4527/21/7/160", by[3]
    assert by[11]["title"] == "EmptyHeaded", by[11]
    assert by[223]["title"] == "OntoSoft", by[223]
    assert by[977]["title"] == (
        "Spatial signatures for geographic feature types: examining gazetteer ontologies using spatial statistics"
    ), by[977]
    assert by[977]["end"] == 980, by[977]
    assert by[83]["title"] == "Libra: scalable*k-*mer--based tool for massive all-vs-all metagenome comparisons", by[83]
    assert by[287]["title"].endswith("marine diazotroph Trichodesmium"), by[287]
    assert by[436]["title"] == (
        "Predicting Coronal Mass Ejections Using SDO/HMI Vector Magnetic Data Products and Recurrent Neural Networks"
    ), by[436]
    assert by[334]["title"].startswith("Moon Landing or Safari? A Study"), by[334]
    assert by[243]["doi"] == "10.1162/dint_a_00033", by[243]
    assert by[721]["doi"] == "10.5281/zenodo.4558266", by[721]
    assert 1 not in by and 2 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every reference of the pandoc/AMS-style bibliography (lines 3-980) is one entry: it starts on the line"
        " after the previous reference's trailing backslash (authors or '------,' ditto) and ends on the line ending"
        " with a backslash (the last one on 980).  Title = the hard-wrapped text after 'YEAR: ' up to the '. *' that"
        " opens the italic container, lines joined with one space, italics markers removed, a closing '?' kept.",
        checked="Read the file start to end against the -v output: all 252 spans (each ends at a backslash line,"
        " ditto '------,' starts included), every title's start after 'YEAR:' and end before the italic container,"
        " the escaped/markup cases at 84, 115, 289, 437, 487, 718, 954, 956, the short title-only records, and the"
        " DOIs (backslash in dint_a\\_00033 removed, closing '.\\' dropped).",
    )


if __name__ == "__main__":
    main()
