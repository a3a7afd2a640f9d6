"""Wild27 truth for hoangcuong2011/Good-Papers README.md: one person's notes on "Some good papers I like".

Shape: 174 lines, LF endings.  Four bold pseudo-headings (`**...**`), each followed by `- ` bullets.
  * lines 2-6 "Basic Background" and 8-12 "Topics with detailed notes": topic names of the author's
    own note files (Gaussian CheatSheet, Expectation Propagation, ...), no paper: not entries.
  * lines 15-58 "Papers with detailed notes": `- *Title*: url` or `- *Title* - url`, one line each
    except lines 36-37 (the italic title wraps onto line 37, `*... for\\nunnormalized statistical models*`).
  * lines 62-174 "Papers with quick notes": `- *Title* (url): personal note ...`, or `*Title* - url -
    Take-home message: ...`; a note may wrap onto following non-bullet lines (78-80, 85, 98, 119-122,
    133, 140, 154-155, 164, 170), which belong to the record; blank lines separate most records.
Entry = a bullet whose subject is a scholarly paper; title = the first italic span, markup removed.
Special records:
  * line 24: the title is plain text before `(i.e. *Deep Kernel Learning for Multi-task
    Classification*)`, the italic span is an alternative name; title = "Stochastic Variational Deep
    Kernel Learning" (the arXiv paper 1611.00336 of that name).
  * line 142: no URL at all; title still the italic span.
  * line 147: three papers on one line (`*A* (url) and *B* (url) and *C* (url)`): three entries.
  * lines 148-149: two papers (`*A* (url) and its longer version *B...` with B's title wrapping onto
    line 149): two entries, both on lines 148-149.
  * line 150: a paper in italics and an undergraduate thesis in plain text
    ("Training and Inference for Deep Gaussian Processes (Undergrad thesis - url)"): two entries
    (a thesis is a scholarly work).
  * line 161: the URL is inside the italics (`*Deep Exponential Families: https://...*`); title =
    the text before ": http".
  * line 174: the title is in bold, not italics (`**Rationalizing Neural Predictions**`).
  For the multi-paper lines 147, 148-149 and 150 each entry's arXiv id / DOI is taken from its own
  segment of the line (the text from its title to the next title), not from the whole line.
Not entries (listed in NOT_PAPERS): line 30 "Gaussian Processes for Classification" (Chapter 3 of the
textbook GPML), line 124 "Backprop is not just the chain rule" (Tim Vieira's blog post), line 131
"Natural Gradient" (a blog post on andymiller.github.io, although the note calls it "this paper"),
line 172 (a bold Google AI blog URL).
Count check: 42 bullets on lines 16-58 (41 entries + the book chapter); 56 bullets on lines 64-174, of
which 3 are blog posts, 53 are paper bullets and 3 of those name 2 or 3 papers (+4): 57 entries.
Total 98 entries from 98 bullets (94 paper bullets + 4 extra papers).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "hoangcuong2011__Good-Papers__README@428eaf4.md"
PART = "wild27_development"
NOT_PAPERS = {30, 124, 131, 172}
SPECIAL = {24: "Stochastic Variational Deep Kernel Learning", 161: "Deep Exponential Families",
           174: "Rationalizing Neural Predictions"}
# line -> titles of the papers the record names, in order (each one is also how its segment starts)
MULTI = {
    147: ["Deep Kernel Learning", "Stochastic Variational Deep Kernel Learning",
          "Learning Scalable Deep Kernels with Recurrent Structure"],
    148: ["Assessing Approximations for Gaussian Process Classification",
          "Assessing Approximate Inference for Binary Gaussian Process Classification"],
    150: ["Sequential Inference for Deep Gaussian Process", "Training and Inference for Deep Gaussian Processes"],
}


def records(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """Bullets on lines first..last with their wrapped continuation lines: (start, end), 1-based."""
    out = []
    i = first
    while i <= last:
        if lines[i - 1].startswith("- "):
            j = i
            while j < last and lines[j].strip() and not lines[j].startswith("- "):
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 175 and lines[174] == "", len(lines)
    assert lines[14] == "**Papers with detailed notes**" and lines[61] == "**Papers with quick notes**"
    detailed = records(lines, 16, 58)
    quick = records(lines, 64, 174)
    assert len(detailed) == 42 and len(quick) == 56, (len(detailed), len(quick))
    papers = []
    for start, end in detailed + quick:
        if start in NOT_PAPERS:
            continue
        text = " ".join(lines[start - 1:end])
        if start in MULTI:
            titles = MULTI[start]
            flat = re.sub(r"\s+", " ", text.replace("*", ""))
            pos = [flat.index(t) for t in titles]
            assert pos == sorted(pos), start
            for k, t in enumerate(titles):
                seg = flat[pos[k]:pos[k + 1] if k + 1 < len(titles) else len(flat)]
                e = entry(lines, start, end, t)
                e["arxiv"], e["doi"] = arxiv_of(seg), doi_of(seg)
                papers.append(e)
            continue
        if start in SPECIAL:
            title = SPECIAL[start]
            assert title in text.replace("*", ""), start
        else:
            m = re.match(r"- \*([^*]+)\*", text)
            assert m, start
            title = m.group(1)
        papers.append(entry(lines, start, end, title))
    assert len(papers) == 98, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet under 'Papers with detailed notes' and 'Papers with quick notes' whose subject is a"
                " paper (wrapped continuation lines included) is an entry, three bullets naming 2-3 papers give one"
                " entry per paper; title = the first italic span (plain text on line 24, bold on 174, the text"
                " before the URL inside the italics on 161); the topic bullets of the first two headings, a"
                " textbook chapter and three blog posts are not entries",
                "every one of the 98 bullets read by eye against the file and sorted (94 paper bullets giving 98 entries, 4 not papers);"
                " all titles, the wrapped titles on lines 36-37 and 148-149 and the ids of the multi-paper lines"
                " 147, 148-149 and 150 checked by eye")


if __name__ == "__main__":
    main()
