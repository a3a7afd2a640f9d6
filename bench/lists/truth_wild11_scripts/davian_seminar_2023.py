"""Wild11 truth for DAVIAN-Lab/Paper-study paper-list(2023).md: a Korean lab's weekly seminar log for
2023 (DAVIAN Lab, KAIST), one Markdown table without a closing pipe.

Shape: '| Date | Topic | Presenters | Slides | Videos |', 62 session rows (lines 7-68, two talks per
evening, newest first) and a last row '| ~ 2022 | [Link](...paper-list(2022).md) |' pointing to the
previous year's page (not an entry).  The Topic cell is a linked title '[Title](url)' (arXiv,
OpenReview, ECVA, ACL Anthology preview, ACM DL), two linked titles joined by '<br>' (one row: two
entries on one line, each with its own link's id), or plain text.  Presenters are written in Korean
(Hangul) or in Latin letters.

An entry is a Topic naming one paper; title = the cell text as written (link text or plain text).
The plain-text topics were judged one by one: titles of published papers are entries even when the
file shortens or misspells them ('RT-2: Vision-Language Action Models', 'Encoding Recurrent into
Transformers', 'ConvNext v2: Extension of masked Image Modeling', a talk on the ConvNeXt V2 paper,
title as written), 'DenseNet Strikes Back' (a paper-style title by its author) too; the row
'Recipe for a General, Powerful, Scalable Graph Transformer (GPS): A review on 2022 GT-research and
how did we get here' is a talk on that paper: entry, title = the paper's title before ' (GPS)'.
Not entries: talks on a topic ('기상 예측 AI붐은 온다', 'Debiasing for Text-to-Image Diffusion
Models', 'Classifier and Classifier-free Guidance with its applications', 'Personalized
Text-to-Image Diffusion Models', 'Denoising Diffusion Models: A Generative Learning Big Bang' (a
CVPR tutorial), 'Text-to-3D Generation with Diffusion Models', 'Extension of Sample-Contrastive
Learning', 'A survey of Neural Talking Heads', 'Aligning Text-to-Image models with Human
preference', 'Survey on Multimodal with LLM', 'Do you know AI bandoche?', 'Pretraining,
Instructing, Reasoning, Planning', 'Interesting approaches to utilizing prompts for few-shot NER',
'Introduction to Vision-Language model', 'Image restoration: As a point of view of the inverse
problem').
Count check: 62 session rows = 47 paper rows + 15 topic talks; one paper row holds two papers:
48 entries (21 linked titles on 20 rows, 27 plain).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "DAVIAN-Lab__Paper-study__paper-list(2023)@8d0ad56.md"
TALKS = {
    "기상 예측 AI붐은 온다",
    "Debiasing for Text-to-Image Diffusion Models",
    "Classifier and Classifier-free Guidance with its applications",
    "Personalized Text-to-Image Diffusion Models",
    "Denoising Diffusion Models: A Generative Learning Big Bang",
    "Text-to-3D Generation with Diffusion Models",
    "Extension of Sample-Contrastive Learning",
    "A survey of Neural Talking Heads",
    "Aligning Text-to-Image models with Human preference",
    "Survey on Multimodal with LLM",
    "Do you know AI bandoche?",
    "Pretraining, Instructing, Reasoning, Planning",
    "Interesting approaches to utilizing prompts for few-shot NER",
    "Introduction to Vision-Language model",
    "Image restoration: As a point of view of the inverse problem",
}
GPS = ("Recipe for a General, Powerful, Scalable Graph Transformer (GPS): A review on 2022 GT-research and how"
       " did we get here")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = talks = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"\| \S.*?\d{4}\s*\|", text) or "~ 2022" in text:
            continue
        rows += 1
        topic = text.split("|")[2].strip()
        links = re.findall(r"\[([^\]]+)\]\(([^)]*)\)", topic)
        if links:
            for label, url in links:
                e = entry(lines, i, i, label)
                e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
                papers.append(e)
            continue
        if topic in TALKS:
            talks += 1
            continue
        title = topic.split(" (GPS)")[0] if topic == GPS else topic
        papers.append(entry(lines, i, i, title))
    assert rows == 62 and talks == len(TALKS) == 15, (rows, talks)
    assert len(papers) == 48, len(papers)
    assert sum(1 for p in papers if p["line"] == 46) == 2
    assert sum(1 for p in papers if p["line"] >= 44 and "](" in lines[p["line"] - 1].split("|")[2]) == 21
    write_truth(NAME, "wild11_development", papers,
                "every Topic cell of the seminar table naming a paper is an entry (two linked titles joined by"
                " <br> are two), title = the link text or the plain text as written (a talk on the GPS paper:"
                " the paper's title before ' (GPS)'); 15 topic talks, surveys and a tutorial, and the"
                " '~ 2022' link row, are not entries",
                "all 62 session rows one by one (each plain-text topic judged paper or talk, the list of 15"
                " talks), the <br> row's two ids, every title against its cell, the last row")


if __name__ == "__main__":
    main()
