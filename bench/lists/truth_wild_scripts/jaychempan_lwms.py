"""Wild truth for jaychempan/Awesome-LWMs README: an awesome list of large weather models.

Entries: every bullet of '## 📖 Papers' (its subsections WeatherBench ... More), one line each,
'- Title (Nickname) [[pdf]](url)'; title = the text before the '[[pdf]]' link (one is mistyped
'[[odf]]'), without the model nickname the list appends in parentheses ('(MetNet-2)',
'(Pangu-Weather)', '(NowcastNet)': a single word in brackets at the end).  A nickname written into
the title as a prefix ('DGMR: Skilful precipitation nowcasting ...', 'SFNO: ...') is kept.  Papers
listed in two subsections (WeatherBench, WeatherBench 2, the Physics-AI hybrid paper) count twice.
Not entries: the 'LWMs News' bullets (dated news items, also those folded in '<details>', even when
they name a paper), the 'LWMs Lists' table (one row per model: name, lab, date, venue and paper /
code / licence links, no title) and the 'Dataset Lists' table (datasets), the Code section
(repositories), the table of contents, star history and contributors.  DOIs come from Wiley, AGU,
Royal Society and Science URLs that hold them; Nature PDF URLs give article ids, not DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "jaychempan__Awesome-LWMs__README@c3f326e.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = next(i for i, x in enumerate(lines, 1) if x.startswith("## 📖 Papers"))
    stop = next(i for i, x in enumerate(lines, 1) if x.startswith("## 🚀 Code"))
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not text.startswith("- "):
            assert not text.strip() or text.startswith("### "), i
            continue
        m = re.match(r"- (.+?)\s*\[\[[po]df\]\]\(", text)
        title = re.sub(r"\s*\([^()\s]+\)$", "", m.group(1))
        papers.append({"line": i, "end": i, "title": tidy(clean(title)), "arxiv": arxiv_of(text),
                       "doi": doi_of(text)})
    out = {
        "file": NAME,
        "part": PART,
        "method": "every '- Title (Nickname) [[pdf]](url)' bullet of the Papers section is an entry, title = the"
                  " text before '[[pdf]]' without the appended one-word nickname in parentheses; news bullets,"
                  " the model and dataset tables and the code links are not entries",
        "checked": "every Papers bullet one by one (48: titles, the 12 dropped nicknames, ids), the news bullets"
                   " (news, not entries), both tables' rows (models and datasets naming no title), the Code"
                   " bullets",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
