"""Wild35 truth for cscheid/cscheid.net courses/fal15/cs630/papers.md: the reading list of a graduate
research seminar (Arizona CSC 630, "Systems for Interactive Data Analysis", Fall 2015).

Shape: Jekyll front matter, then bullets under topic headings.  Records are mixed: ``[Title](pdf)``,
``Authors et al., [Title](pdf)``, bare titles with no link (lines 35-37), bare system names with no link
(lines 33 "Spark", 34 "BlinkDB": papers named by nickname, title null), and one link whose text is its
own URL (line 11, title null).  Lines 17-18: one bullet whose link text wraps onto the next line.
Line 19-20: one bullet with a link to the PRIM-9 film (not a paper) and then Tukey's "The Future of Data
Analysis" (the entry; its span holds the film link too, which carries no id).
Not entries: line 12 (Netflix tech-blog post), the two books under "## Books" (lines 53-54), the prose on
lines 8 and 41.  Trailing "(dead link, ...)" notes are not part of titles.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "cscheid__cscheid.net__courses__fal15__cs630__papers@d240e82.md"
PART = "wild35_development"

# (first line, last line, title) for every entry, read off the file by hand
ENTRIES = [
    (10, 10, "Building Blocks for Exploratory Data Analysis Tools"),
    (11, 11, None),
    (17, 18, "Data Science: An Action Plan for Expanding the Technical Areas of the Field of Statistics"),
    (19, 20, "The Future of Data Analysis"),
    (24, 24, "Data Cube: A Relational Aggregation Operator Generalizing Group-By, Cross-Tab, and Sub-Totals"),
    (25, 25, "Implementing Data Cubes Efficiently"),
    (26, 26, "Dwarf: Shrinking the Petacube"),
    (27, 27, "imMens: Real-time Visual Querying of Big Data"),
    (28, 28, "Nanocubes for Real-Time Exploration of Spatiotemporal Datasets"),
    (32, 32, "Online Aggregation"),
    (33, 33, None),
    (34, 34, None),
    (35, 35, "Rapid Sampling for Visualizations with Ordering Guarantees"),
    (36, 36, "Trust me, I'm partially right"),
    (37, 37, "Sample-Oriented Task-Driven Visualizations"),
    (43, 43, "ε-Samples for Kernels"),
    (44, 44, "Quality and Efficiency in Kernel Density Estimates for Large Data"),
    (45, 45, "L∞ Error and Bandwidth Selection for Kernel Density Estimates of Large Data"),
    (49, 49, "The Case for Data Visualization Management Systems"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, a, b, t) for a, b, t in ENTRIES]
    for a, _, _ in ENTRIES:
        assert lines[a - 1].startswith("* "), a
    assert len(papers) == 19, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet naming a paper (by title, linked title or nickname) is an entry; blog post, film"
                " and books are not; titles as written, null for nicknames (Spark, BlinkDB) and a URL-as-text"
                " link.",
                "Every line of the 58-line file read by eye against the output.")


if __name__ == "__main__":
    main()
