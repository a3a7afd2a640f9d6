"""Wild17 truth for nabeelxy/llm-watch README.md: one person's running log of LLM papers he follows ("Keeping up with LLMs").

Shape: after an intro and a 'Primers' bullet list (guides: not entries), 'Recent Important
Publications' holds nine topic tables (Large Language Models, Agents, Embeddings, RAG, Benchmarks,
Small Language Models, LLM/AI Applications, Graph Foundation Models, Influential Papers in NLP)
with the columns 'Date | Title | Venue | Materials | Tags | Code | Summary'.  The Title cell is
plain text (no link; some titles in capitals, some with a leading space); the paper link is
'[Paper](url)' / '[Report](url)' / '[TR](url)' in Materials, beside NotebookLM, podcast, blog and
YouTube links; Summary sometimes links the author's own review ('[Note](reviews/x.md)').  One row
(line 89, SWE-CI) lacks its Venue cell; one has an empty '[Paper]()' link (line 146).

Entries: every data row of the nine tables (130: 65 + 27 + 1 + 2 + 6 + 7 + 6 + 2 + 14), each a
paper or technical report (tech reports such as 'DeepSeek-V3 Technical Report', 'Gemini 2.5: ...'
and SSRN's 'On the Slow Death of Scaling' kept).  Title = the Title cell stripped; the tag
'[Withdrawn]' before one title (line 43) is dropped.  Papers listed twice ('Large Language
Diffusion Models' 59/64, 'Gemini 2.5' 38/41, 'Agentic Context Engineering' 99/153) are entries
each time.

Not entries: 'Blog posts' bullets (blogs, essays, reports, white papers, docs, a video, a press
release; two blog bullets also link the paper behind the blog post, lines 196 and 201, but the
record is the blog post), 'Notable Repos' (code repositories), 'Useful Links', 'Primers'.
Ids: the first arXiv link of a row (arxiv.org/pdf or abs, www.arxiv.org, a 'v1' dropped); no DOI.
Count: 148 lines start with '|', minus 9 header and 9 separator lines = 130 (grep).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "nabeelxy__llm-watch__README@352cb63.md"
PART = "wild17_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    section = None
    per: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.lstrip("# ")
            continue
        if not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "Date" or cells[0].startswith("---"):
            continue
        assert re.fullmatch(r"(?:[A-Z][a-z]{2} )?\d{4}", cells[0]), (i, cells[0])
        title = re.sub(r"^\[Withdrawn\] ", "", cells[1])
        assert title and "](" not in title, (i, title)
        PAPERS.append(entry(LINES, i, i, title))
        per[section] = per.get(section, 0) + 1
    assert list(per.values()) == [65, 27, 1, 2, 6, 7, 6, 2, 14], per
    assert len(PAPERS) == 130
    write_truth(NAME, PART, PAPERS,
                "every data row of the nine 'Date | Title | Venue | Materials | ...' tables is an entry (130, repeats"
                " kept), title = the plain Title cell, a '[Withdrawn]' tag dropped; the Blog posts, Notable Repos,"
                " Useful Links and Primers bullets are not entries",
                "rows counted per table (65, 27, 1, 2, 6, 7, 6, 2, 14) and in all (148 '|' lines - 9 headers - 9"
                " separators) by grep; every title read against the file; the venue-less row 89, the empty [Paper]()"
                " row 146, the [Withdrawn] row 43, the blog bullets that link papers (196, 201) checked")


if __name__ == "__main__":
    main()
