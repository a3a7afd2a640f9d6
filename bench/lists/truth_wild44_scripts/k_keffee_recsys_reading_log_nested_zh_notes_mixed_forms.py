"""Wild44 truth for Keffee/Paper_Reading 论文笔记.md (newest commit 771c6fd, 2025-06-24): the running reading log of
a Chinese graduate student in recommender systems (generative / sequential / cross-domain / multi-behaviour
recommendation, LLMs for recommendation, data-centric AI), written over about two years, newest section first.

Shape: 1541 lines, LF, UTF-8, final newline, 147 KB.  ``# 论文笔记`` (1) then 30 ``####``/``#####`` topic or date
headings (``#### 20250616 还是开始看看LLaMA-Factory叭`` 3, ``#### Data Augmentation`` 105, ..., ``#### 书`` 1538).
Most records are top-level bullets ``- Venue 'yy, [Title](url)(Nickname)(Org)`` followed by nested Chinese notes two
to eight spaces deep; the venue prefix is written many ways (``arXiv'25``, ``arxiv '21``, ``NeruIPS '22``, ``NIPS
'23(?)``, ``arXiv(KDD)'24``, ``WWW2021``, ``wsdm22，`` with a full-width comma, ``KDD '08:``, ``Pre-Print2022,
Amazon,``, ``重要survey,``, ``未发表，SIGIR审稿,``, ``鸾康师姐投的DASFAA'24,``).  Many other forms sit beside them:
- papers nested under topic bullets at two to eight spaces (161-213 under a survey at 158, 449, 523-529, 535-560,
  580-585, 1171-1177, 1201-1211, 1235-1302);
- bracketed titles with no URL (37, 87, 855, 1042, 1048) or an empty one (983 ``[...]()``);
- plain-text titles with no link, bare (147-155, 860-901, 946-948, 1040, 1046, 1076, 1393-1395, 1461, 1476), after a
  venue (1352, 1356, 1440-1457, 1522) or followed by a Chinese note after ``(``, ``（``, ``，`` or ``：`` (89, 538,
  1171-1177, 1385-1392, 1474);
- papers named only by a nickname (537 ``Rella，分段输入``, 574 ``Rella（框架）``, 580 ``CIKM'19, MIND（阿里）``, 582, 585);
- a block of 43 CVPR 2024 papers copied from the conference site (235-362): an English line ``Title Poster Session N &
  Exhibit Hall`` followed by its Chinese machine translation and a blank line;
- 15 APA references exported from Zotero with Chinese locale strings (366-400: ``(不详)`` for n.d., ``取读于 2025年2月16日,
  从 https://openreview...`` for "retrieved from"), some wrapped in ``**`` (367, 392, 394), two with the title in
  capitals and a garbled author ``DATA, T. P.`` (374, 392), most with an arXiv DOI ``https://doi.org/10.48550/arXiv.N``;
- repeated records (535 = 563, 544 = 586, 545 = 623, 546 = 651 = 998, 901 = 920 = 538, 1076 = 948, ...).
Not papers: topic bullets (``- Data generation``, ``- 2020``, ``- 传统多兴趣建模``), remarks (61, 91, 515-518, 1403),
``- GRPO简单阅读`` (34, an algorithm, not a paper), a code list (1017 ``[老师找的的开源代码](github)``), a dataset (1398
``[ZhihuRec](github)``), code and web links inside notes (941, 1323, 1365), a paper named inside a prose paragraph (531),
a book (1540).  Lines 1539-1540 sit under ``#### 书`` (books): 1539 is an arXiv preprint (``A Cookbook of
Self-Supervised Learning``), 1540 a textbook.

Decisions:
- Entry = each record (bullet or CVPR line) whose subject is one paper, at any nesting depth; the span runs from the
  record's line through its nested note lines, stopping at a blank line, a line not deeper than the record, or the
  next record (a parent survey's span ends where its nested papers begin); 1244's three notes are written at its own
  depth (1245-1247) and belong to it.  CVPR records span the English line and
  its translation.  Repeated records are separate entries.
- Title = the link or bracket text when there is one (the first link that is not a ``[code]``/``[代码]`` label);
  otherwise the title as written with the venue prefix and the trailing Chinese note cut off (including the
  ``5. `` glitch of 1387 and the lower case of 948); CVPR: the English line without ``Poster Session N & Exhibit
  Hall``; APA: the text between ``(Year). `` or ``(不详). `` and `` (No. arXiv...`` or the full stop before the venue /
  ``取读于``.  Nickname-only records (537, 574, 580, 582, 585) have no title (null).
- 1539 (an arXiv preprint under ``书``) is an entry; 1540 (a textbook) is not.
- Ids: the first arXiv id or DOI in the span (arXiv pdf/abs/html links, ``arXiv:`` text and 10.48550 DOIs in the APA
  lines, DOIs in ACM DL URLs); bracket-only and plain records mostly have none.  In 367 and 394 the closing ``**`` of
  the bold follows the DOI URL directly and is not part of the DOI.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "Keffee__Paper_Reading__论文笔记@771c6fd.md"
PART = "wild44_development"

BULLET = re.compile(r"^(?P<ind> *)- (?P<text>.*)$")
LINK = re.compile(r"\[(?P<t>[^\]]*)\]\((?P<u>[^)]*)\)")
CODE_LABEL = re.compile(r"^(?:代码.*|[Cc]ode)$")
CVPR = re.compile(r"^(?P<t>\S.*?) Poster Session \d & Exhibit Hall$")
CJK = re.compile(r"[\u4e00-\u9fff]")

LINK_NOT_ENTRY = {941, 1017, 1323, 1365, 1398}  # code list, dataset, code / web links inside notes
BRACKET_ONLY = {37, 87, 855, 983, 1042, 1048}
SIBLING_NOTES = {1244: 1247}  # NMTR's notes are written at its own depth, not below it
PLAIN = {
    89: "Towards Large-scale generative ranking",
    140: "Few-shot intent detection via contrastive pre-training and fine-tuning",
    147: "A deep learning based trust- and tag-aware recommender system",
    148: "Time interval aware self-attention for sequential recommendation",
    149: "Your Causal Self-Attentive Recommender Hosts a Lonely Neighborhood",
    150: "TD3: Tucker Decomposition Based Dataset Distillation Method for Sequential Recommendation",
    151: "Explicit and Implicit Counterfactual Data Augmentation for Sequential Recommendation",
    152: "ADARec: An Adaptive Data Augmentation Framework for Sequence Recommendation",
    153: "CSLP: Collaborative Solution to Long-Tail Problem and Popularity Bias in Sequential Recommendation",
    154: "Reliable Data Augmented Contrastive Learning for Sequential Recommendation",
    155: "Rss: Effective and efficient training for sequential recommendation using recency sampling",
    366: "DataEnvGym: Data Generation Agents in Teacher Environments with Student Feedback",
    367: "Towards Realistic Data Generation for Real-World Super-Resolution",
    368: "Cross-Entropy Is All You Need To Invert the Data Generating Process",
    370: "Bootstrapping Language-Guided Navigation Learning with Self-Refining Data Flywheel",
    374: "GENERALIZATION VS MEMORIZATION: TRACING LANGUAGE MODELS’CAPABILITIES BACK TO PRETRAINING DATA",
    377: "What’s New in My Data? Novelty Exploration via Contrastive Generation",
    381: "Small-to-Large Generalization: Data Influences Models Consistently Across Scale",
    383: "Top-m Data Values Identification",
    385: "How new data pollutes LLM knowledge and how to dilute it",
    387: "Data Shapley in One Training Run",
    389: "Capturing the Temporal Dependence of Training Data Influence",
    392: "COMBATTING DIMENSIONAL COLLAPSE IN LLM PRE-TRAINING DATA VIA DIVERSIFIED FILE SELECTION",
    394: "Weak-to-Strong Generalization Through the Data-Centric Lens",
    397: "Improving Pretraining Data Using Perplexity Correlations",
    400: "Harnessing Diversity for Important Data Selection in Pretraining Large Language Models",
    537: None,  # Rella (ReLLa), nickname only
    538: "TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with Recommendation",
    574: None,  # Rella
    580: None,  # MIND
    582: None,  # DMIN
    585: None,  # ComiRec
    860: "Large Language Models are Zero-Shot Rankers for Recommender Systems",
    864: "Chat-REC: Towards Interactive and Explainable LLMs-Augmented Recommender System",
    866: "Rethinking the Evaluation for Conversational Recommendation in the Era of Large Language Models",
    869: "Zero-Shot Next-Item Recommendation using Large Pretrained Language Models",
    873: "Is ChatGPT a Good Recommender? A Preliminary Study",
    877: "Uncovering ChatGPT’s Capabilities in Recommender Systems",
    881: "Do LLMs Understand User Preferences? Evaluating LLMs On User Rating Prediction",
    886: "Is ChatGPT Fair for Recommendation? Evaluating Fairness in Large Language Model Recommendation",
    889: "Generative Recommendation: Towards Next-generation Recommender Paradigm",
    892: "GPT4Rec: A Generative Framework for Personalized Recommendation and User Interests Interpretation",
    895: "A First Look at LLM-Powered Generative News Recommendation",
    898: "Recommendation as Instruction Following: A Large Language Model Empowered Recommendation Approach",
    901: "TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with Recommendation",
    946: "Toward a Better Understanding of Loss Functions for Collaborative Filtering",
    947: "LlamaRec: Two-Stage Recommendation using Large Language Models for \u00a0Ranking",
    948: "exploring the upper limits of text-based cf using llm",
    1040: "GraphPrompt: Unifying Pre-Training and Downstream Tasks for Graph Neural Networks",
    1046: "When to Pre-Train Graph Neural Networks? An Answer from Data Generation Perspective!",
    1076: "exploring the upper limits of text-based cf using llm",
    1171: "Diffusion Cross-domain Recommendation",
    1172: "Disentangling Temporal Evolution in Frequency Domain for Sequential Recommendation",
    1173: "A Cross-Domain Model with Two Pre-Training Tasks for Serendipity Recommendations",
    1174: "Sequential recommendation via an adaptive cross-domain knowledge decomposition",
    1175: "Multi-domain Recommendation with Embedding Disentangling and Domain Alignment",
    1176: "TPUF: Enhancing Cross-domain Sequential Recommendation via Transferring Pre-trained User Features",
    1177: "Cracking the Code of Negative Transfer: A Cooperative Game Theoretic Approach for Cross-Domain Sequential "
    "Recommendation",
    1352: "Neural News Recommendation with Heterogeneous User Behavior",
    1356: "Self-Supervised Learning on User's Spontaneous Behavior for Multi-Scenario Ranking in E-Commerce",
    1385: "Keyword-Based Knowledge Graph Exploration Based on Quadratic Group Steiner Trees",
    1386: "FedPS: A Privacy Protection Enhanced Personalized Search Framework",
    1387: "Attentive Long Short-Term Preference Modeling for 5. Personalized Product Search",
    1388: "Embedding-based Retrieval in Facebook Search",
    1389: "Modeling User Behavior with Graph Convolution for Personalized Product Search",
    1390: "CL4CTR: A Contrastive Learning Framework for CTR Prediction",
    1391: "Efficient and effective training of language and graph neural network models",
    1392: "ReprBERT: Distilling BERT to an Efficient Representation-Based Relevance Model for E-Commerce",
    1393: "Graph-based Weakly Supervised Framework for Semantic Relevance Learning in E-commerce",
    1394: "Learning a Product Relevance Model from Click-Through Data in E-Commerce",
    1395: "Weakly Supervised Co-Training of Query Rewriting and Semantic Matching for e-Commerce",
    1440: "A Comprehensive Survey on Trustworthy Graph Neural Networks: Privacy, Robustness, Fairness, and "
    "Explainability",
    1442: "Gnnexplainer: Generating explanations for graph neural networks",
    1446: "Parameterized explainer for graph neural network",
    1452: "Modeling Task Relationships in Multi-task Learning with Multi-gate Mixture-of-Experts",
    1453: "Scenario-aware and Mutual-based approach for Multi-scenario Recommendation in E-Commerce",
    1454: "One Model to Serve All: Star Topology Adaptive Recommender for Multi-Domain CTR Prediction",
    1456: "Contrastive Cross-domain Recommendation in Matching",
    1457: "CATN: Cross-Domain Recommendation for Cold-Start Users via Aspect Transfer Network",
    1461: "A Survey for In-context Learning",
    1474: "Virtual Node Tuning for Few-shot Node Classification",
    1476: "Generative Recommendation: Towards Next-generation Recommender Paradigm",
    1522: "Disentanglement-based Adaptive Feature Enhancement Framework for Cross-Domain Recommendation",
}


def depth(ln: str) -> int:
    return len(ln) - len(ln.lstrip(" "))


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 1542 and lines[-1] == "", len(lines)
    assert lines[0] == "# 论文笔记" and lines[1537] == "#### 书"
    records: dict[int, str | None] = {}
    cvpr: list[int] = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if m is None:
            c = CVPR.match(ln)
            if c:
                assert 235 <= n <= 361 and CJK.search(lines[n]) and not lines[n + 1].strip(), n
                cvpr.append(n)
                records[n] = c.group("t")
            continue
        text = m.group("text")
        if n in PLAIN:
            title = PLAIN[n]
            assert title is None or title in text, (n, text)
            records[n] = title
            continue
        links = [k for k in LINK.finditer(text) if not CODE_LABEL.match(k.group("t"))]
        if links and n not in LINK_NOT_ENTRY:
            records[n] = links[0].group("t")
        elif n in BRACKET_ONLY:
            records[n] = re.search(r"\[([^\]]+)\]", text).group(1)
        elif n == 1539:
            raise AssertionError(n)
    assert cvpr == list(range(235, 362, 3)), cvpr
    # the bullets this loop skipped are topic labels, remarks and notes; these were checked one by one
    starts = sorted(records)
    papers = []
    bold_doi = []
    for n in starts:
        last = n + 1 if n in cvpr else n
        if n not in cvpr:
            d = depth(lines[n - 1])
            k = n + 1
            while k <= len(lines) and lines[k - 1].strip() and depth(lines[k - 1]) > d and k not in records:
                last = k
                k += 1
        last = SIBLING_NOTES.get(n, last)
        p = entry(lines, n, last, records[n])
        if p["doi"] and p["doi"].endswith("**"):  # the bold markers closing 367 and 394 follow the DOI URL
            p["doi"] = p["doi"].rstrip("*")
            bold_doi.append(n)
        papers.append(p)
    assert bold_doi == [367, 394], bold_doi
    t = {p["line"]: p for p in papers}
    assert t[4]["title"] == "OneRec Technical Report" and t[4]["arxiv"] == "2506.13695" and t[4]["end"] == 32
    assert t[37]["title"] == "RankMixer: Scaling Up Ranking Models in Industrial Recommenders" and not t[37]["arxiv"]
    assert t[43]["title"] == "HGCL: Hierarchical Graph Contrastive Learning forUser-Item Recommendation"
    assert t[158]["end"] == 160 and t[161]["end"] == 162 and t[213]["end"] == 214
    assert t[235]["title"] == "Efficient Model Stealing Defense with Noise Transition Matrix" and t[235]["end"] == 236
    assert t[331]["title"] == "Scaling Laws of Synthetic Images for Model Training ... for Now"
    assert t[366]["arxiv"] == "2410.06215" and t[366]["doi"] == "10.48550/arxiv.2410.06215"
    assert t[374]["arxiv"] is None and t[374]["doi"] is None
    assert t[535]["title"] == t[563]["title"] == "Large Language Models for User Interest Journeys"
    assert t[164]["doi"] == "10.1145/3292500.3330873"
    assert t[983]["title"] == "Towards LLM-RecSys Alignment based on Textual ID Learning"
    assert t[1053]["title"] == "Can Language Models Solve Graph Problems in Natural Language?"
    assert t[367]["doi"] == "10.48550/arxiv.2406.07255" and t[1244]["end"] == 1247
    assert t[1201]["title"] == "Learning Confidence for Out-of-Distribution Detection in Neural Networks"
    assert t[1363]["title"] == "Efficient and effective training of language and graph neural network models"
    assert t[1539]["title"] == "A Cookbook of Self-Supervised Learning" and t[1539]["arxiv"] == "2304.12210"
    assert 1540 not in t and 34 not in t and 1017 not in t and 1398 not in t and 531 not in t
    assert sum(1 for p in papers if p["title"] is None) == 5
    assert len(cvpr) == 43
    assert len(papers) == 377, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each record whose subject is one paper is an entry, at any nesting depth: bullets with a linked or bracketed "
        "title (title = that text), plain-title bullets (title as written without the venue prefix and the trailing "
        "Chinese note), nickname-only bullets (title null), Zotero APA references (title between the year and the "
        "venue/arXiv number) and the CVPR lines with their translation (title without 'Poster Session N & Exhibit "
        "Hall'); span = the record through its nested notes up to the next record; topic labels, remarks, code, "
        "dataset and web links, a paper named in prose and a textbook are not entries; repeats kept.",
        "Went through the whole file in four passes: every line holding a link (all 300-odd, including notes), every line "
        "without Chinese characters, every line of depth <= 4 holding an English title run, and a scan of deeper lines "
        "for title-like text; then read all 377 -v entries against their lines: titles of bracket-only (37, 87, 855, 983, "
        "1042, 1048), plain (147-155, 860-901, 946-948, 1171-1177, 1385-1395, 1440-1476), nickname-only (537, 574, 580, "
        "582, 585) and APA records (366-400, DOIs of 367/394 without the closing bold), all 43 CVPR lines (235-361) and "
        "their translations; spans of nested records (158/161-213, 449, 523-529, 1197/1201-1211, 1234-1302 incl. 1244 "
        "with its sibling-depth notes); repeated records kept (535/563, 544/586, 546/651/998, 538/901/920, 948/1076); "
        "non-entries 34, 61, 91, 99, 515-518, 531, 941, 1017, 1170, 1323, 1365, 1397-1398, 1403, 1427, 1540; every title "
        "occurs in its entry's lines after markup removal and every arXiv id is written there.",
    )


if __name__ == "__main__":
    main()
