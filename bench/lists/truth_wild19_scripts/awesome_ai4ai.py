"""Wild19 truth for KaiWU5/Awesome-AI4AI README.md: agent papers in pipe tables with '<br><sub>' cells, some in <details>.

Shape: an HTML-headed README (centred logo, badge links) with pipe tables only:
  - 'Weekly News in AI4AI': '| 2026‑08‑14<br><sub>Model release</sub> | [**Title**](url)<br><sub>Publisher</sub> |
    why it matters |' - ten news items (model, open-weight, harness and research releases, all blog or
    product pages);
  - 'Recent Papers by Average Monthly Citations': '| [**Title**](url) | Venue | <nobr>2025-06</nobr> |
    citations | avg | code |';
  - 'Most-Cited Papers by Year': four tables, each inside '<details markdown="1"><summary><b>Top 12 of
    YYYY</b> ...</summary>', rows '| [**Title**](url)<br><sub>Venue</sub> | <nobr>date</nobr> | citations |
    code |';
  - 'Benchmarks' (111 papers), 'Harness Design' (98), 'Model Design' (26): the same four-cell rows.
  Code cells are an em dash or '[GitHub](url) · ★ 7,026'.

Entry: every table row whose first cell is '[**Title**](url)' (one line), title = the bold link text,
except two rows that link a blog post, not a paper: 'FrontierSWE' (frontierswe.com/blog, 'Proximal
Blog') and 'Introducing SWE-bench Verified' (openai.com).  Not entries: the ten Weekly News rows (each
a model/harness release or a research blog post, none a paper: z.ai, Hugging Face, blog.google,
DeepSeek API docs, Voyage, Arcee, x.ai, NVIDIA, Meta AI blogs); the companion survey named in the header
and in the cite-us BibTeX; the badges and the table of contents.  Papers repeated across the rankings
and the three collections are separate entries.  Ids come from the row (the title link first: arXiv abs,
doi.org, PMLR, ACL Anthology, NeurIPS proceedings, OpenReview, CVF, IEEE CS doi).

Counts: rows starting '| [**' per heading (awk): 10 + 48 + 111 + 98 + 26 = 293, matching the lists'
own '**111 papers**', '**98 papers**', '**26 papers**' notes; the four yearly tables hold 12 rows
each (awk per <summary>); 10 news rows; 293 - 2 blog rows = 291 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "KaiWU5__Awesome-AI4AI__README@a7bc0ec.md"
PART = "wild19_development"

ROW = re.compile(r"\| \[\*\*(.+?)\*\*\]\((\S+?)\)(?:<br><sub>[^<]*</sub>)? \|.*\|")
NEWS = re.compile(r"\| 2026‑\d\d‑\d\d<br><sub>[^<]+</sub> \| \[\*\*.+?\*\*\]\(\S+?\)<br><sub>[^<]+</sub> \| .+ \|")
BLOGS = {"FrontierSWE": "https://frontierswe.com/blog", "Introducing SWE-bench Verified": "https://openai.com/"}
EXPECTED = {
    "### 🔥 Recent Papers by Average Monthly Citations": 10,
    "### 🏆 Most-Cited Papers by Year": 48,
    "## 🧪 Benchmarks": 111,
    "## 🛠️ Harness Design": 98,
    "## 🧠 Model Design": 26,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    years: list[int] = []
    news = 0
    blogs = []
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text
            continue
        if text.startswith("<summary><b>Top 12 of"):
            years.append(0)
        if not text.startswith("|") or re.match(r"\|(:--| Paper \|| Date · Type \|)", text):
            continue
        if NEWS.fullmatch(text):
            assert section == "## 📅 Weekly News in AI4AI", i
            news += 1
            continue
        m = ROW.fullmatch(text)
        assert m, (i, text[:80])
        counts[section] = counts.get(section, 0) + 1
        if section.startswith("### 🏆"):
            years[-1] += 1
        title, url = m.group(1), m.group(2)
        if title in BLOGS:
            assert url.startswith(BLOGS[title]), i
            blogs.append(title)
            continue
        papers.append(entry(lines, i, i, title))
    assert news == 10
    assert counts == EXPECTED, counts
    assert years == [12, 12, 12, 12], years
    assert sorted(blogs) == sorted(BLOGS)
    assert len(papers) == 291
    write_truth(NAME, PART, papers,
                "every row '| [**Title**](url)...' of the ranking, yearly (<details>) and collection tables is an"
                " entry, title = the bold link text, except two rows linking blog posts (FrontierSWE, Introducing"
                " SWE-bench Verified); the ten Weekly News rows (model/harness releases and blog posts) are not entries",
                "row counts per heading by awk (10, 48, 111, 98, 26) against the list's own per-collection notes; the"
                " yearly tables' rows (12 each); every row's link host listed and the non-paper hosts read one by"
                " one (10 news rows, 2 blog rows); ~30 rows over all tables compared with the file")


if __name__ == "__main__":
    main()
