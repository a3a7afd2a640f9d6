"""Wild42 truth for SparkJiao/KK-s-Paperlist README.md: a Chinese NLP student's personal paper list ("KK's
Paperlist", last touched March 2021), grown as a reading log over 2019-2020: topic sections of bare link paragraphs,
a "Waiting List" (to-read) and a closing section of blogs.

Shape (525 lines and a final newline): "# KK's Paperlist", two intro lines, a "## Table of Contents" of 29 anchor
bullets (6-34), then 28 "## <Topic>" sections (36-482) whose records are paragraphs "[Title](url)" separated by
blank lines, a few followed by "- note" sub-bullets (Visual Dialog 110-114 with a "[Github is here.](...)" bullet,
FlowQA, SDNet, FusionNet, DECAPROP, Context-Aware SAN, DTMT with two bullets, MT-DNN), "## Some Interesting or Useful
Blogs" (484-523) and a "### [Return Top](...)" line (525).  Special cases:
- links of many kinds: arxiv abs/pdf (versioned, "v1#" tail), openreview, aclweb anthology, AAAI, NeurIPS, IEEE
  stamp, researchgate, semanticscholar, a Facebook-research PDF, personal PDFs, PDFs kept in the repo itself
  ("papers/...pdf", 172, 413, 415), an arXiv mirror by IP address ("https://128.84.21.199/abs/1910.14613", 266);
- paper titles linked to GitHub repositories (ERNIE 93, Learning to Reason 116, Visual Coreference Resolution 118)
  or to project pages (TweetQA 49, CCPE 57, A Survey of Available Corpora 65, Break It Down 73);
- non-papers among the link paragraphs: a Facebook AI blog post (51 "Introducing long-form question answering"), a
  CSDN post (186 "SQuAD-MARS"), a blog post in the Waiting List (454 "Fast LSTMs in PyTorch") and, in the blogs
  section, blog posts, Medium/WeChat/Zhihu/Aliyun articles, a homepage, another repo's list, an accepted-papers page
  and a site; one blog link spans two lines (516-517);
- scholarly items inside the blogs section: an arXiv paper (498 "To Tune or Not to Tune? Adapting Pretrained
  Representations to Diverse Tasks") and a Distill article (508 "Visualizing memorization in RNNs");
- all-caps titles as written ("TABFACT: ...", "ALBERT: A LITE BERT ...", "DATA AUGMENTATION GENERATIVE ADVERSARIAL
  NETWORKS"), typos kept ("forE-commerce", "DiscoursePerformance", "TABLEBASED"), a "?" title (Are Sixteen Heads ...),
  a ligature "deﬁnitions";
- repeated records across sections (CLEVR-Dialog, DREAM, DROP, Dialog State Tracking: A Neural Reading
  Comprehension Approach twice in one section, Self-Supervised Learning for Contextualized Extractive Summarization,
  Multi-Task Self-Supervised Learning for Disfluency Detection).

Decisions:
- Entry = each "[Title](url)" paragraph whose subject is a scholarly work, spanning its "- " note bullets (the
  "[Github is here.]" bullet is part of Visual Dialog's entry).  Papers linked to code or a project page count (the
  link text is the paper's title); CCPE (57) counts as the dataset's paper ("Coached Conversational Preference
  Elicitation", the main title of Radlinski et al. 2019); the Distill article counts (a peer-reviewed journal
  article).  Blog posts, the CSDN/Medium/WeChat/Zhihu/Aliyun articles, "Fast LSTMs in PyTorch", the homepage, the
  other repo's list, the accepted-papers page, StateOfTheArt.ai and the two-line ICLR 2019 TDS post are not entries;
  neither are the TOC bullets, headings and "Return Top".  Repeated records are separate entries.
- Title = the link text as written (caps, typos, "(CQR)" that is part of the paper title, "?" kept).
- Ids from the entry's own lines: arXiv from arxiv.org URLs (version dropped); the IP-address mirror link (266) is
  not an arXiv URL form, so that entry has no id; no DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "SparkJiao__KK-s-Paperlist__README@ef6550a.md"
PART = "wild42_development"

RECORD = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*$")
NOTE = re.compile(r"^- ")
# line -> start of the link text of the records that are not scholarly works
NOT_PAPERS = {
    51: "Introducing long-form question answering",
    186: "SQuAD-MARS",
    454: "Fast LSTMs in PyTorch",
    486: "Debugging RL",
    488: "ML and NLP Research Highlights of 2020",
    490: "Recent Advances in Language Model Fine-tuning",
    492: "技术分享",
    494: "🦄🤝🦄 Encoder-decoders",
    496: "Comparing Pre-trained Language Models with Semantic Parsing",
    500: "Jack Koch's Blog",
    502: "Attention mechanism paper from another repo",
    504: "NAACL 2019 Accepted Papers",
    506: "StateOfTheArt.ai",
    510: "INTERSPEECH 2017",
    512: "Yejin Choi",
    514: "Better Heatmaps",
    519: "用Bertviz",
    521: "Google at ACL 2019",
    523: "Facebook research being presented at ACL 2019",
}
BLOGS_PAPERS = {498, 508}  # the arXiv paper and the Distill article in the blogs section


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    records = 0
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if not text.startswith("[") or section == "Table of Contents":
            continue
        if n == 516:  # the two-line ICLR 2019 TDS blog link (516-517)
            assert text == "[ICLR 2019: Overcoming limited data" and lines[n].endswith("iclr-2019-overcoming-limited-data-382cd19db6d2)")
            records += 1
            continue
        m = RECORD.match(text)
        assert m, (n, text)
        records += 1
        if n in NOT_PAPERS:
            assert m.group("title").startswith(NOT_PAPERS[n]), (n, text)
            continue
        if section == "Some Interesting or Useful Blogs":
            assert n in BLOGS_PAPERS, (n, text)
        last = n
        while last < len(lines) and NOTE.match(lines[last]):
            last += 1
        papers.append(entry(lines, n, last, m.group("title")))
    assert records == 213, records
    assert len(NOT_PAPERS) == 19
    assert lines[524].startswith("### [Return Top]")
    assert len(papers) == 193, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[Title](url)' paragraph of the topic sections whose subject is a scholarly work is an entry, spanning"
        " its '- ' note bullets (193); papers linked to GitHub or project pages count, as do the CCPE dataset paper"
        " and, in the blogs section, one arXiv paper and one Distill article; blog posts, forum/WeChat/Zhihu articles,"
        " a homepage, sites, lists and the TOC are not entries; title = the link text as written; arXiv ids from the"
        " entry's arxiv.org links (the IP-address mirror link gives none); repeated records are separate entries.",
        "Whole file read (525 lines) against the -v output: all 213 link paragraphs classified by their link and"
        " text, the 19 non-papers (51, 186, 454, the blogs section) skipped, the two-line blog (516-517), the"
        " note-bullet spans (110-114, 150-160, 283-284, 296-298, 324-325), GitHub/project-page papers (49, 57, 65, 73,"
        " 93, 116, 118), repo PDFs (172, 413, 415), the mirror link (266), the first and last record of each of the 28"
        " sections, the repeated records, and every arXiv id against its URL.",
    )


if __name__ == "__main__":
    main()
