"""Wild13 truth for metame-ai/awesome-llm-plaza docs/part1/awesome_llm_security.md: a generated awesome list of
LLM security (red teaming, jailbreaks, safety benchmarks), with Chinese news links in its 'Other' section.

Shape: a TOC, then '## Survey', '## Red teaming', '## Papers', '## Projects', '## Other', '## Extra
reference' (empty).  Paper items are '- **Title**, `arXiv, 2407.01599`, [arxiv](abs url), [pdf](pdf url),
cication: [**N**](scholar url)'; a long bold title wraps onto a second line indented by two spaces; after
a blank line a tab-indented italic author line '\t *A, B, C*', sometimes followed by '· ([name](url))'
links to code, WeChat articles or stars badges on the same or a further tab-indented line.  Other items are
plain links '- [Link text](url)' (blog posts, company pages, news, three papers as PDF/OpenReview links),
GitHub / Hugging Face items '- [**repo**](url) - owner ![Star](badge)' with an italic description line, and
in 'Other' blog posts and Chinese news articles (量子位, WeChat).

What is an entry: the 77 bold-title items (all arXiv papers; one paper, '"Do Anything Now"', is listed
twice, two entries) and three plain-link items that are papers: 'Curiosity-driven Red-teaming for Large
Language Models' (OpenReview PDF), 'What Was Your Prompt? A Remote Keylogging Attack on AI Assistants' (PDF)
and 'Many-shot Jailbreaking' (Anthropic PDF): 80.  Not entries: the TOC, blog posts (Lil'Log, Haize Labs,
BAIR, kleiber.me, fast.ai, Mithril Security, HF blog), company pages (Anthropic 'Challenges in Red
Teaming', the OpenAI 'Improving Model Safety Behavior with Rule-Based Rewards' page, whose sub-line links
the paper PDF but whose subject is the page), GitHub / Hugging Face repository items (one whose description
names a paper, 'adversarial-random-search-gpt4'), and the Chinese news items.
Lines: the bullet line through the last non-blank line before the next top-level bullet or heading (the
author line and sub-links belong to the item).  Title: the bold text joined across its line wrap, or the
link text for the three plain-link papers.  Ids: the first arXiv link (with a version, dropped).
Counts: 108 top-level bullets (grep -c '^- '): 1 TOC line (the other 5 TOC lines are tab-indented),
77 bold-title ('^- \\*\\*'), 3 plain-link papers, 27 not papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "metame-ai__awesome-llm-plaza__docs__part1__awesome_llm_security@e38c7cf.md"
PART = "wild13_development"
LINES = read_lines(NAME)

PLAIN_PAPERS = {
    "Curiosity-driven Red-teaming for Large Language Models",
    "What Was Your Prompt? A Remote Keylogging Attack on AI Assistants",
    "Many-shot Jailbreaking",
}
NOT_PAPER_HOSTS = (
    "lilianweng.github.io", "www.anthropic.com/news", "blog.haizelabs.com", "bair.berkeley.edu/blog",
    "openai.com/index", "github.com/", "huggingface.co/", "kleiber.me/blog", "www.fast.ai/posts",
    "blog.mithrilsecurity.io", "www.qbitai.com", "mp.weixin.qq.com",
)


def item_end(start: int) -> int:
    """Last non-blank line (1-based) of the item starting at line ``start``."""
    last = start
    j = start + 1
    while j <= len(LINES) and not LINES[j - 1].startswith(("- ", "#")):
        if LINES[j - 1].strip():
            last = j
        j += 1
    return last


def main() -> None:
    papers = []
    bold = plain_papers = others = toc = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        if text.startswith("- [") and "](#" in text:
            toc += 1
            continue
        if text.startswith("- **"):
            # the bold title may wrap onto the next line (indented by two spaces)
            block = text
            if "**," not in text:
                assert LINES[i].startswith("  ") and "**," in LINES[i], i
                block = text + "\n" + LINES[i]
            m = re.match(r"^- \*\*(.+?)\*\*, `", block, re.DOTALL)
            assert m, i
            bold += 1
            papers.append(entry(LINES, i, item_end(i), m.group(1)))
            continue
        m = re.match(r"^- \[(\*\*)?(.+?)(\*\*)?\]\((\S+?)\)", text)
        assert m, (i, text)
        title, url = m.group(2), m.group(4)
        if title in PLAIN_PAPERS:
            plain_papers += 1
            papers.append(entry(LINES, i, item_end(i), title))
        else:
            assert any(h in url for h in NOT_PAPER_HOSTS), (i, url)
            others += 1
    # the TOC has 6 lines, 5 of them tab-indented ('\t- [Survey](#survey)'), so only 1 starts with '- '
    assert (toc, bold, plain_papers, others) == (1, 77, 3, 27), (toc, bold, plain_papers, others)
    assert len(papers) == 80
    write_truth(
        NAME,
        PART,
        papers,
        "every '- **Title**, `venue`' item (77, all arXiv papers) and the three plain-link items whose target is"
        " a paper PDF or OpenReview page are entries; blog posts, company pages, repositories, models and"
        " Chinese news items are not; title = the bold text joined across its wrap (or the link text); the"
        " entry runs through the tab-indented author and sub-link lines",
        "every bullet of the file classified by hand (77 bold papers, 3 plain-link papers, 27 others, TOC);"
        " all 80 titles checked against the file, the 31 wrapped titles joined correctly, the duplicate"
        " 'Do Anything Now' kept twice, arXiv ids checked on a sample of 20 and for every wrapped item",
    )


if __name__ == "__main__":
    main()
