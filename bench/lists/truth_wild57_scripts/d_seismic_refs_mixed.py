"""Wild57 truth for legacy-seismic-data/legacy-seismic-data.github.io pages/references.md: the "References" page of
a website about preserving legacy (analogue) seismograms: one alphabetical reference list in free author-year style,
earth science / seismology, newest commit touching the file (c7bfaad, 2022-07-28).

Shape: 140 lines, 14 KB.  Jekyll front matter (1-10), then one reference per paragraph (12-140), blank lines between
paragraphs, no list markers, no headings.  A reference is ``Authors (Year). Title, Venue ...`` in many variants
(``Authors, 2011, Title: Venue``; ``Authors; Title (2000). Venue``; ``Authors. Title. *Journal* vol: pages``), often
with a ``doi: https://doi.org/...`` and always ending with a site-internal link such as ``[Romania](../../organizations
/romania)``.  Many references are hard-wrapped over two or three lines (20-22, 28-29, 35-36, 42-51, 61-62, 74-75,
81-82, 86-88, 94-95, 101-103, 114-115, 125-126, 137-138).

Special cases:
- 105 and 106 are two references on consecutive lines with no blank line between them (Nemoto 1957 and Golden et al.
  2020): two entries, one line each.
- The list mixes scholarly works with plain web resources: websites, online archives, databases and a spreadsheet
  (18 Archive INFP, 33 "Scans of the Caltech Archives", 40 "The Data Retrieval System of Analog Seismograms ...", 70
  Harvard Seismology, 72 HERP Data Retrieval System, 77 ICGC website, 79 Seismogram Archive, 110 a Google
  spreadsheet, 130 the EuroSeismos website, 132 Seismo Archives, 135 SISMOS).  These name no written work and are not
  entries.
- Grey literature that is a written document (16 the anonymous HVO pilot-project PDF, 31 a book chapter PDF, 55 and
  94 short history PDFs), books and encyclopedias (42-51 the three CEA albums, 84), reports (20, 97, 114, 119) and
  conference talks/abstracts (26, 28, 53, 59, 61, 86, 92, 99) are bibliographic references of works: entries.
- 81-82 the title is wrapped after a hyphen, ``Harvard-`` / ``Adam Dziewonski``: joined without a space; every other
  wrap is joined with one space.
- 84: ``Nihon Rekishi Saigaishi Jiten (Encyclopedia of Historical Disasters in Japan)``: the translation in
  parentheses is not part of the title.
- 42-51: the CEA albums' titles keep the volume part (``..., Vol. 1, ShanghaiZikawei Seismographic Station
  (1906–1948)``), up to the publisher.
- Typos kept as written: ``seismgoram`` (57), ``Recorder in Romania`` (112), ``ShanghaiZikawei`` (42-43).
- 57 writes a broken DOI ``doi: 0.33799/jokull2020.70.057`` (leading 1 missing): no DOI is recorded for it.

Decisions:
- Entry = every reference paragraph that cites an authored/titled written work (article, conference contribution,
  report, book, chapter, grey-literature document); web resources (websites, archives, databases, spreadsheets) are
  not entries.  44 entries.
- Title = the work's title as written, wrapped lines joined, without authors, year, venue, trailing period or the
  organisation link.  The titles are written out by hand (the styles vary too much for one pattern) and each is
  checked to occur in its paragraph's joined text.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "legacy-seismic-data__legacy-seismic-data.github.io__pages__references@c7bfaad.md"
PART = "wild57_development"

# first line of the reference -> title (None: a web resource, not an entry)
TITLES = {
    12: "Building up a Seismic Network in the Early Days of Seismology in Romania",
    14: "The Albuquerque Seismological Lab WWSSN Film Chip Preservation Project",
    16: "HVO’s Pilot Project to Archive Legacy Seismic Data",
    18: None,
    20: "The story of the Hawaiian Volcano Observatory—A remarkable first 100 years of tracking eruptions and"
    " earthquakes",
    24: "A Catalog of Old Spanish Seismographs",
    26: "Present Status of the Project for Preserving Analogue Seismograms and Other Documents at Institut Cartogràfic"
    " i Geològic de Catalunya (ICGC)",
    28: "Digital Preservation of Analogue Seismograms and Other Documents at Institut Cartogràfic i Geològic de"
    " Catalunya (ICGC)",
    31: "Chapter IX John Carroll University Observatory Cleveland, Ohio",
    33: None,
    35: "Rescue Work and Progress of Analog Seismograms in China",
    38: "Station COI: Dusting Off an Old Seismic Station",
    40: None,
    42: "Album of Historical Seismograms Recorded in Early Chinese Seismographic Stations, Vol. 1, ShanghaiZikawei"
    " Seismographic Station (1906–1948)",
    46: "Album of Historical Seismograms Recorded in Early Chinese Seismographic Stations, Vol. 2, Dalian"
    " Seismographic Station (1918–1945)",
    49: "Album of Historical Seismograms Recorded in Early Chinese Seismographic Stations, Vol. 3, Qingdao City"
    " Observatory (1912–1925), Chongqing Beibei (1943–1946) and Nanjing Shijingtai Seismographic Station"
    " (1947–1948)",
    53: "Collecting and preserving historical seismic data in Romania",
    55: "A short, incomplete history of analog seismographs in Iceland",
    57: "The analog seismgoram archives of Iceland: Scanning and the preservation of future research",
    59: "EUROSEISMOS 2002-2003 a project for saving and studying historical seismograms in the Euro-mediterranean"
    " area",
    61: "Preserving Ohio’s Historic Seismogram Collection: 83 Years of Global Seismology: 1909 – 1992",
    64: "Data Retrieval System of JMA Analog Seismograms in the Headquarters for Earthquake Research Promotion of the"
    " Japanese Government",
    66: "Filming seismograms and related materials at the California Institute of Technology",
    68: "OhioSeis - The Ohio Seismic Network",
    70: None,
    72: None,
    74: "Earthquake Monitoring in Southern California for Seventy-Seven Years (1932-2008)",
    77: None,
    79: None,
    81: "Efforts to recover and digitize analog seismograms from Harvard-Adam Dziewonski observatory",
    84: "Nihon Rekishi Saigaishi Jiten",
    86: "The Potential of Analog Seismograms for Science and Education",
    90: "The Achievement of Archiving Analog Seismograms in Japanese Institutes for 15 Yr",
    92: "Preservation and Digitization of Analog Soviet Peaceful Nuclear Explosion Seismograms",
    94: "Brief History of Seismic Recording in Puerto Rico",
    97: "List of Seismological Stations of the World",
    99: "Observatori Fabra available data and documentation",
    101: "A Database of Digitized and Analog Seismograms of Historical Earthquakes in Japan",
    105: "Brief history of Meteorological Society of Japan in the wartime",
    106: "Digitization of the Carnegie Analog Broadband Instruments Tape Records (1965–1996)",
    108: "Historical seismograms: Preserving an endangered species",
    110: None,
    112: "Digitized Database of Old Seismograms Recorder in Romania",
    114: "World-Wide Standardized Seismograph Network—A data users guide",
    117: "Teseo: A vectoriser of historical seismograms",
    119: "Seismographic Station Codes and Characteristics",
    121: "Calibration Analysis and Noise Estimates of WWSSN Station ALQ (Albuquerque, New Mexico)",
    123: "A Broad-band large dynamic range seismograph",
    125: "Analog Seismogram Archives at the Earthquake Research Institute, the University of Tokyo",
    128: "The South African National Seismograph Network",
    130: None,
    132: None,
    135: None,
    137: "Conservation and Utilization of Historical Seismograms from Early Stage (A.D. 1904–1948), Mainland China",
    140: "Recovery and Calibration of Legacy Underground Nuclear Test Seismic Data from the Leo Brady Seismic Network",
}

# a reference line that starts a new reference although no blank line precedes it
SPLIT_AT = {106}


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) 1-based spans of the reference paragraphs after the front matter."""
    spans = []
    start = None
    for n in range(11, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.strip() or n in SPLIT_AT:
            if start is not None:
                spans.append((start, n - 1))
                start = None
            if not ln.strip():
                continue
        if start is None:
            start = n
    if start is not None:
        spans.append((start, len(lines)))
    return spans


def joined(lines: list[str], first: int, last: int) -> str:
    text = ""
    for n in range(first, last + 1):
        part = lines[n - 1].strip()
        text = part if not text else (text + part if text.endswith("-") else text + " " + part)
    return text


def main() -> None:
    lines = read_lines(NAME)
    assert lines[9] == "---", lines[9]
    spans = paragraphs(lines)
    assert [f for f, _ in spans] == sorted(TITLES), [f for f, _ in spans]
    papers = []
    for first, last in spans:
        title = TITLES[first]
        text = re.sub(r"\s+", " ", joined(lines, first, last))
        if title is None:
            continue
        assert title in text, (first, title, text)
        p = entry(lines, first, last, title)
        if first == 57:
            p["doi"] = None  # the file writes 'doi: 0.33799/...', no valid DOI
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 44, len(papers)
    assert len(spans) == 55, len(spans)
    assert by[14]["doi"] == "10.1785/0220180275", by[14]
    assert by[12]["doi"] == "10.3997/2214-4609.202149bgs56", by[12]
    assert by[105]["title"].startswith("Brief history of Meteorological"), by[105]
    assert by[106]["doi"] == "10.1785/0220190334", by[106]
    assert by[81]["title"].endswith("Harvard-Adam Dziewonski observatory"), by[81]
    assert by[84]["title"] == "Nihon Rekishi Saigaishi Jiten", by[84]
    assert 18 not in by and 110 not in by and 135 not in by
    assert by[140]["doi"] == "10.1785/0220190341", by[140]
    write_truth(
        NAME,
        PART,
        papers,
        method="One reference per blank-line-separated paragraph after the front matter (12-140), plus the split of"
        " 105/106 which share a paragraph.  Every reference citing a titled written work (articles, conference"
        " contributions, reports, books, chapters, grey-literature PDFs) is an entry; websites, online archives,"
        " databases and a spreadsheet (18, 33, 40, 70, 72, 77, 79, 110, 130, 132, 135) are not.  Title = the work's"
        " title written out by hand from the file, wrapped lines joined (no space after a wrapped hyphen), without"
        " authors, year, venue, the translated gloss in parentheses (84) or the organisation link; checked to occur"
        " in the paragraph.",
        checked="Read every one of the 55 paragraphs against the table of titles; checked the hard wraps (20-22,"
        " 28-29, 42-51, 81-82, 137-138), the two references on 105/106, the DOIs taken from doi.org links and bare"
        " 'doi:' text (12, 14, 36, 75, 106, 140), and that the broken DOI of 57 is dropped.",
    )


if __name__ == "__main__":
    main()
