"""Wild5 truth for JimengShi/DL-Foundation-Models-Weather README.md: the paper list companion of a survey on
deep learning and foundation models for weather and climate prediction.

Shape, two halves under HTML headings ('<h2 id=..>👉👉 Predictive Models</h2>', '<h3 ..>', '<h4 ..>'):
1. Model sections (before '<h2 id="application">'): each record is two lines,
   '- **(Nickname)** _Title_ ```Venue Year```' and on the next line '[[Paper](url)] [[Code](url)]'.
   The bold parenthesised nickname is a tag before the title and is dropped; title = the italic text.
   Entry = both lines (the ids are on the second).  70 records.
2. Applications (Precipitation, Air Quality, SST, Flood, Drought, Tropical Storms, Wildfire, Renewable
   Energy, Others): plain bullets '- Title. [[Paper](url)]' (some without the final period, one with no
   space before '[[Paper]'); title = the text before '[[Paper]' without the closing period, written as the
   file has it (PDF hyphenation leftovers such as 'predic- tion' and 'Explain- able' kept; the 'PRISMA:'
   prefix kept).  One bullet wraps: the title on one line, ' [[Paper](...)]' on the next (entry spans
   both).  Two 'Others' bullets write the venue after the title (', in Nature Communications Earth &
   Environment 2023.', ', Earth and Space Science 2023.'), dropped; 'OceanGPT: ..., in arXiv 2023.
   [paper] [official code]' has no URL but names a paper (entry, venue dropped).  Book chapters in the
   lists (Wiley 'Deep Learning and the Weather Forecasting Problem: Precipitation Nowcasting', Taylor &
   Francis 'Drought as a natural hazard') are scholarly chapters and count.  126 records.
DOIs as the URLs write them; the Taylor & Francis chapter URL's slug after '10.4324/9781315830896-2' is dropped.
Not entries: the 'Features' news lines, the contents anchors, figures, the 'IBMWeatherGen: Stochastic
Weather Generator Tool, [[Code](github)]' bullet (a tool) and the closing BibTeX of the survey itself
(the list's own citation).
Count check: structured records per heading 1, 12, 5, 5, 6, 4, 6, 2, 4, 5, 6, 4, 5, 3, 1, 1 = 70 (awk),
each followed by a '[[' links line; application bullets per <h3> 32, 10, 20, 13, 16, 13, 15, 4, 4 = 127,
minus IBMWeatherGen = 126; total 196.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "JimengShi__DL-Foundation-Models-Weather__README@8b0db86.md"
PART = "wild5_development"
STRUCT = re.compile(r"- \*\*\(([^)]*)\)\*\* _(.+)_ ```([^`]*)``` *")
PLAIN = re.compile(r"- (.+?) ?\[\[Paper\]\((\S+?)\)\].*")
VENUE_TAIL = re.compile(r"(?:, in Nature Communications Earth & Environment 2023|, Earth and Space Science 2023"
                        r"|, in arXiv 2023)\.?$")


def main() -> None:
    lines = read_lines(NAME)
    app = next(i for i, t in enumerate(lines, 1) if t.startswith('<h2 id="application">'))
    papers = []
    struct = plain = 0
    per_app: list[int] = []
    for i, text in enumerate(lines, 1):
        if i < app:
            if text.startswith("- **("):
                m = STRUCT.fullmatch(text)
                assert m and lines[i].startswith("[["), i
                papers.append(entry(lines, i, i + 1, m.group(2)))
                struct += 1
            continue
        if text.startswith("<h3"):
            per_app.append(0)
            continue
        if text.startswith("## Citation"):
            break
        if not text.startswith("- "):
            continue
        per_app[-1] += 1
        if text.startswith("- IBMWeatherGen:"):
            continue  # a tool, code link only
        last = i
        m = PLAIN.fullmatch(text.rstrip())
        if m:
            title = m.group(1)
        elif lines[i].lstrip().startswith("[[Paper]("):  # title wrapped onto the next line
            title, last = text[2:], i + 1
        else:
            assert text.startswith("- OceanGPT:"), i
            title = text[2:text.index(" [paper]")]
        title = VENUE_TAIL.sub("", title.strip()).rstrip(".").strip()
        e = entry(lines, i, last, title)
        if e["doi"] and e["doi"].startswith("10.4324/9781315830896-2/"):
            e["doi"] = "10.4324/9781315830896-2"  # Taylor & Francis chapter URL: the slug after the DOI is not part of it
        papers.append(e)
        plain += 1
    assert struct == 70, struct
    assert per_app == [32, 10, 20, 13, 16, 13, 15, 4, 4], per_app
    assert plain == 126, plain
    write_truth(NAME, PART, papers,
                "model sections: each '- **(Nick)** _Title_ ```Venue```' bullet plus its links line is an entry"
                " (title = italic text, nickname tag dropped); applications: each '- Title. [[Paper](url)]'"
                " bullet is an entry (title before the link, closing period and written-in venue dropped); the"
                " IBMWeatherGen tool, contents, news lines and the survey's own BibTeX are not",
                "structured records and application bullets counted per heading with awk (70 + 127, one tool);"
                " every structured record checked to have its links line; the wrapped bullet, the no-URL"
                " OceanGPT bullet, the two venue-suffixed bullets and the book chapters looked at; all titles"
                " read against the file")


if __name__ == "__main__":
    main()
