"""Wild56 truth for daifeng2016/Awesome-Optical-Remote-Sensing-Datasets-and-Methods README.md: companion list of the
review "Deep learning change detection techniques for optical remote sensing imagery: Status, Perspectives and
Challenges" (JAG 2025); newest commit (8a79190, 2026-06-17).

Shape: 1470 lines, 64 KB.  A "Latest Updates" block of ``:fire:`` lines naming datasets (1-19), a title and an intro
paragraph (21-24) that links the review itself in prose, an image (25-27), then:
- Dataset tables (29-959): eight ``## ... datasets`` / ``## ... contest dataset`` sections, each an HTML ``<table>``
  (every cell written as ``<th>``, tables "closed" by a second ``<table>``) with rows ``<th>DVCD[<a
  href=..>paper</a>]</th> <th>2025</th> <th>12833</th> ...``: dataset name, year, size, resolution, website.  The
  contest tables name competitions.
- Method tables (962-1451): ``## CNN-based IB-DLCD methods`` (962, HTML: Category | Abbreviation | Title |
  Publication | Website), ``## Attention-based ...`` (1081) and ``## Transformer-based ...`` (1099) as Markdown pipe
  tables with every cell bold, ``|**A2Net[[paper](doi)]**|**Title**|**TGRS2023**|**[link](..)**|``, then ``##
  CNN-Transformer hybrid-based ...`` (1121, HTML) and ``## Label-efficient learning-based ...`` (1265, HTML, with an
  extra Method column).  An HTML row is ``<th rowspan=..>Category</th>`` (first row of a group only), ``<th>ABBR[<a
  href=doi>paper</a>]</th>``, ``<th>Title</th>``, ``<th>VENUEYEAR</th>``, ``<th>website</th>``, each on its own line.
- ``# Citation`` (1453) with the review's BibTeX, and ``# Reference`` with one repository bullet.

Special cases:
- 1049-1055: FC-Siam-conc's title, venue and website cells have ``rowspan="2"`` and cover the next row, FC-Siam-diff
  (1055), which has only its abbreviation cell: FC-Siam-diff gets the shared title.  FC-EF (992) is the same paper
  again (three rows, three entries, one DOI 10.1109/icip.2018.8451652).
- Title cells with a leftover category from a pipe-table conversion: 1171 ``Multi-path CNN integration**|**Remote
  sensing image change detection transformer network ...``, 1286 ``Adversarial learning**|**A generative
  discriminatory ...``, 1354 ``Pseudo-label learning**|**A New Semi-Supervised Method ...``: the title is the part
  after ``**|**``.
- 1407 ``<th>SDCDNet<a href=..>paper</a>]</th>`` lacks the opening ``[``; 1288 closes a cell with ``-</a></th>``;
  the pipe row 1095 (DTCDSCN) has an empty extra cell before its website.
- 1118 ``TransUNetCD: ... optical remote-sensing images.`` ends with a period: dropped.  1088 keeps its ``‐`` (U+2010)
  and 1087/1093/1115 their ``–`` as written; 1102 ``Bifa: ...`` and 1105 ``Changemamba: ...`` keep their casing.
- Several papers appear in more than one table (e.g. SNUNet-CD, STANet/IFN also in the CD review list): every row is
  its own entry.
- DOIs come from the abbreviation's paper link (doi.org); nine links are ``10.48550/arXiv.*`` DOIs, from which the
  arXiv id is also read.  1113 (FTN) links the CVF open-access page: no id.
- Not entries: the dataset and contest tables (rows name datasets and competitions; their [paper] links are sources
  for the datasets, like the "Data set" column of a survey), the update lines, the review linked in prose (22) and in
  the BibTeX, and the reference-repository bullet.

Decisions:
- Entry = each method row of the five method tables: 96 entries.  Span = the abbreviation line through the row's last
  cell line (the shared category cell and ``<tr>``/``</tr>`` lines left out); a pipe row is its line.
- Title = the Title cell's text (bold markers and leftover ``Category**|**`` prefixes removed, trailing period dropped).
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "daifeng2016__Awesome-Optical-Remote-Sensing-Datasets-and-Methods__README@8a79190.md"
PART = "wild56_development"

ABBR = re.compile(r'^\s*<th>(?P<abbr>[^<\[]+?)\s*\[?<a href="(?P<url>[^"]*)"[^>]*>paper</a>\]</t[hd]>\s*$')
CELL = re.compile(r"^\s*<th[^>]*>(?P<text>.*?)</th>\s*$")
PIPE = re.compile(r"^\|\*\*(?P<abbr>[^|]*?)\[\[paper\]\([^)]*\)\]\*\*\|\*\*(?P<title>.*?)\*\*\|")


def clean(title: str) -> str:
    title = title.split("**|**")[-1].strip()
    return title.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## CNN-based IB-DLCD methods")  # index = line number - 1
    stop = lines.index("# Citation")
    papers = []
    shared = None  # (title, rows left) of a rowspan title cell
    for n in range(start + 1, stop + 1):
        ln = lines[n - 1]
        m = PIPE.match(ln)
        if m:
            papers.append(entry(lines, n, n, clean(m.group("title"))))
            continue
        m = ABBR.match(ln)
        if not m:
            continue
        last = n
        while lines[last].strip().startswith("<th"):  # lines[last] is line last + 1
            last += 1
        if last > n:
            c = CELL.match(lines[n])
            assert c, (n, lines[n])
            title = c.group("text")
            span = re.search(r'rowspan="(\d+)"', lines[n])
            shared = (title, int(span.group(1)) - 1) if span else None
        else:
            assert shared and shared[1] > 0, (n, ln)
            title, left = shared
            shared = (title, left - 1)
        papers.append(entry(lines, n, last, clean(title)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 96, len(papers)
    assert by[974]["title"] == (
        "Res2-Unet, a new deep architecture for building detection from high spatial resolution"
        " images"
    ), by[974]
    assert (by[974]["line"], by[974]["end"], by[974]["doi"]) == (974, 977, "10.1109/jstars.2022.3146430"), by[974]
    assert by[1055]["title"] == by[1049]["title"] == by[992]["title"], (by[992], by[1049], by[1055])
    assert (by[1055]["line"], by[1055]["end"], by[1055]["doi"]) == (1055, 1055, "10.1109/icip.2018.8451652")
    assert (by[1139]["line"], by[1139]["end"]) == (1139, 1142), by[1139]
    assert by[1170]["title"].startswith("Remote sensing image change detection transformer network"), by[1170]
    assert by[1285]["title"] == (
        "A generative discriminatory classified network for change detection in multispectral"
        " imagery"
    ), by[1285]
    assert by[1353]["title"] == "A New Semi-Supervised Method for Detecting Semantic Changes in Remote Sensing Images"
    assert by[1407]["title"].startswith("SDCDNet: A Semi-Dual Change Detection Network"), by[1407]
    assert by[1084]["title"] == (
        "Lightweight Remote Sensing Change Detection With Progressive Feature Aggregation and"
        " Supervised Attention"
    ), by[1084]
    assert by[1084]["doi"] == "10.1109/tgrs.2023.3241436", by[1084]
    assert by[1118]["title"] == (
        "TransUNetCD: A hybrid transformer network for change detection in optical"
        " remote-sensing images"
    ), by[1118]
    assert by[1103]["doi"] == "10.48550/arxiv.2406.04207" and by[1103]["arxiv"] == "2406.04207", by[1103]
    assert by[1113]["doi"] is None and by[1113]["arxiv"] is None, by[1113]
    assert min(by) == 974 and max(by) == 1445, (min(by), max(by))
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the method rows of the five method tables (962-1451): HTML rows '<th>ABBR[<a"
        " href=doi>paper</a>]</th>' + '<th>Title</th>' + venue + website cells (span = abbreviation line through the"
        " row's last cell line) and bold Markdown pipe rows '|**ABBR[[paper](doi)]**|**Title**|...' (one line each)."
        "  Title = the Title cell (bold and leftover 'Category**|**' prefixes removed, trailing period dropped);"
        " FC-Siam-diff takes the rowspan title it shares with FC-Siam-conc.  Dataset and contest tables (rows name"
        " datasets/competitions) and the review itself (prose link, BibTeX) are not entries.",
        checked="Read the method part line by line and compared the -v output for all 96 rows: titles of HTML and"
        " pipe rows, the rowspan-shared FC-Siam-diff row, the three 'Category**|**' leftovers, the bracket-less"
        " SDCDNet link, rows with missing or doubled venue cells, spans excluding category cells, and DOIs from the"
        " paper links; checked that no dataset-table row was taken.",
    )


if __name__ == "__main__":
    main()
