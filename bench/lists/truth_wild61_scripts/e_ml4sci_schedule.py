"""Wild61 truth for ml4scisoc/ml4scisoc.github.io syllabus/schedule.md at 6324204 (2024-04-11): the schedule of
a Jupyter Book course site on machine learning for science and society (Spring 2024), readings given as
links inside a MyST list-table.

Shape: 193 lines.  Prose (1-41), then a MyST directive ````````{list-table} Schedule```` (43-165) whose rows
are nested bullets: ``* - <date>`` then ``  - <topic>``, ``  - <reading>``, ``  - <class>``.  The Reading
item holds zero to four Markdown links joined by ``,``, ``and`` or ``&`` (62 ``[The Scientific Method in the
Science of Machine Learning](arxiv), [Value-laden ...](arxiv) and [Integrating Explanation ...](nature)``).
After the table: an HTML comment (168-175), a stray row outside the table (178-181, ``tba``) and a commented
bibliography.

Special cases:
- Link texts broken over two lines: 71-72 ``[Missing data imputation ... in a real`` /
  ``  breast cancer problem](...)`` and 100-101 ``[On the Independence of Association Bias and Empirical
  Fairness`` / ``in Language Models](...)``; the entry spans both lines, the title joins them with a space.
- 101 writes a broken link with a space: ``[Towards A Rigorous Science of Interpretable Machine Learning]
  (https://arxiv.org/abs/1702.08608)``; still an entry.
- Some link texts are nicknames or partial titles, kept as written: 84 ``Gender Shades``, 96 ``Indian Buffet
  Process``, 92 ``the possibility of fairness``, 133 ``trustworthiness of GPT models``, 137 ``GPT3`` and
  ``Stochastic Parrots``, 141 ``Are Emergent abilities of LLMs a Mirage``.
- Two links name no title: 80 ``[Emprical comparison paper](dl.acm.org/doi/10.1145/3287560.3287589)`` and 84
  ``[Obermeyer](science.org/doi/full/10.1126/science.aax2342)`` (an author name): entries with title None.
- Not papers: 80 ``[Fairml classification chapter]`` and 84 ``[FairML Causality chapter]`` (fairmlbook.org book
  chapters), 84 ``[Machine Bias]`` (a ProPublica news article); 58 names book chapters without links; 88 is a
  talk (Ruha Benjamin).
- Several lines hold two or three papers (62, 84, 96, 101, 105, 125-149).  Each entry's arXiv id / DOI is taken
  by the helper from that paper's own link only (the other links of the line are blanked for the call), so a
  line's ids are not shared between its papers.

Decisions:
- Entry = every link in the Reading items of the list-table to a research paper (31); book chapters and news
  articles are not entries.
- Title = the link text as written (line breaks inside it joined with one space); None for 'Emprical
  comparison paper' and 'Obermeyer'.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "ml4scisoc__ml4scisoc.github.io__syllabus__schedule@6324204.md"
PART = "wild61_development"

LINK = re.compile(r"\[([^\]]+)\] ?\((\S+?)\)")
NOT_PAPER = ("fairmlbook.org", "propublica.org")
NO_TITLE = {"Emprical comparison paper", "Obermeyer"}


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("``````{list-table}"))
    end = next(i for i, ln in enumerate(lines) if i > start and ln.startswith("``````"))
    text = "\n".join(lines[start : end + 1])
    papers = []
    for m in LINK.finditer(text):
        if any(d in m.group(2) for d in NOT_PAPER):
            continue
        first = start + 1 + text.count("\n", 0, m.start())
        last = start + 1 + text.count("\n", 0, m.end())
        raw = re.sub(r"\s*\n\s*", " ", m.group(1)).strip()
        title = None if raw in NO_TITLE else raw
        # ids from this paper's own link only: blank the rest of its lines for the helper
        own = list(lines)
        for k in range(first, last + 1):
            own[k - 1] = ""
        own[first - 1] = m.group(0).replace("\n", " ")
        papers.append(entry(own, first, last, title))
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(papers) == 31, len(papers)
    assert [p["title"] for p in by[62]] == [
        "The Scientific Method in the Science of Machine Learning",
        "Value-laden Disciplinary Shifts in Machine Learning",
        "Integrating Explanation and Prediction in Computational Social Sciences",
    ], by[62]
    assert [p["arxiv"] for p in by[62]] == ["1904.10922", "1912.01172", None], by[62]
    assert by[71][0]["end"] == 72, by[71]
    assert by[71][0]["title"].endswith("in a real breast cancer problem"), by[71]
    assert by[80][0]["title"] is None and by[80][0]["doi"] == "10.1145/3287560.3287589", by[80]
    assert [p["title"] for p in by[84]] == ["Gender Shades", None], by[84]
    assert by[84][1]["doi"] == "10.1126/science.aax2342", by[84]
    assert by[100][0]["end"] == 101 and by[100][0]["arxiv"] is None, by[100]
    assert by[100][0]["title"] == "On the Independence of Association Bias and Empirical Fairness in Language Models"
    assert by[101][0]["title"] == "Towards A Rigorous Science of Interpretable Machine Learning", by[101]
    assert by[101][0]["arxiv"] == "1702.08608", by[101]
    assert len(by[105]) == 3 and by[105][1]["arxiv"] == "1711.11279", by[105]
    assert [p["title"] for p in by[137]] == ["GPT3", "Stochastic Parrots"], by[137]
    assert by[149][0]["arxiv"] == "1912.01094" and by[149][1]["arxiv"] is None, by[149]
    assert max(by) == 149, max(by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every Markdown link to a research paper in the Reading items of the MyST list-table (43-165) is one"
        " entry (31); a line with several links gives several entries on the same line; the two link texts"
        " broken over two lines (71-72, 100-101) give two-line entries.  fairmlbook.org chapters and the"
        " ProPublica 'Machine Bias' article are not entries.  Title = the link text as written (nicknames and"
        " partial titles kept), None for 'Emprical comparison paper' and 'Obermeyer'.  Ids are taken by the"
        " helper from each paper's own link only.",
        checked="Read the whole file; compared the -v output with every Reading item of the table: multi-link"
        " lines (62, 84, 96, 101, 105, 125-149), the two broken link texts, the spaced link on 101, the"
        " excluded book chapters and news article, the two title-less links and the per-link arXiv ids/DOIs.",
    )


if __name__ == "__main__":
    main()
