"""Wild truth for doublelei/Awesome-Math-LLM README: an awesome list of LLMs for mathematics.

Every record is a bullet '* **Nickname:** "Title" ([Paper](url)) ([Code](url)) - *(Month Year)*', the
nickname optional.  Decisions:

- An entry is a bullet that links its work with a '[Paper]' link (arXiv, ACL Anthology, OpenAI /
  Anthropic / Google PDF technical reports and model cards), one line each; title = the first
  double-quoted text.  This includes the bullets of the Models and Datasets & Benchmarks sections
  ('**GSM8K Benchmark:** "Training Verifiers to Solve Math Word Problems" ([Paper](...))'): each
  quotes and links the paper that introduced the model or dataset, so its record is that paper;
  the '[Paper]' bullets under Tools (LPML, LoRA); and the first 'Recent Highlights' bullet (the
  survey, same shape).  Papers listed in several sections count once per bullet.
- 'Introduced in "MathScale: Scaling Instruction Tuning..."' bullets quote a shortened title: the
  title is the quoted text without the closing '...' (the ellipsis marks the cut, it is not title
  text).  The 'RL for Optimization' bullet quotes an empty title ('""'): title null, its arXiv id kept.
- Not entries: bullets whose only link is a Blog Post, Website, GitHub or HF Models page (OpenAI o1,
  Minerva, AlphaGeometry, Phi-2, Grok, ERNIE, QwQ, Qwen2-VL, tools, ITPs), the Related Awesome
  Lists, the '*Key Benchmarks:*', '*Note:*' and '*Models (Examples):*' bullets, the table of
  contents, and the list's own BibTeX citation.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "doublelei__Awesome-Math-LLM__README@217e0f8.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* ") or "[Paper](" not in text:
            continue
        m = re.search(r'"([^"]*)"', text)
        title = m.group(1).strip()
        title = title.removesuffix("...").rstrip() if title.endswith("...") else title
        papers.append({"line": i, "end": i, "title": tidy(clean(title)) if title else None,
                       "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {
        "file": NAME,
        "part": PART,
        "method": "every bullet linking its work with a '[Paper]' link is an entry (models and datasets quoting"
                  " their paper's title included), title = the first double-quoted text (a closing '...' of a"
                  " shortened title dropped; an empty quote gives null); blog-post, website and GitHub-only"
                  " bullets are not",
        "checked": "every bullet of the file: the 273 '[Paper]' bullets (25 compared by line, title and id, all the"
                   " 'Introduced in'/'Mentioned in' ones, the empty-quoted one, the PDF technical reports), and"
                   " the 38 bullets without a paper link (blog posts, websites, repositories, notes), the"
                   " highlights and the citation block",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
