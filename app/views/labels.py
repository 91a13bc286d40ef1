"""Translated names shared by several pages (industries, role-play endings, scores, emotions).

One place so the case library, the role-play page and later the reports name things alike.
``QCoreApplication.translate`` with one context, since these are not tied to one widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def industry_names() -> dict[str, str]:
    return {
        "retail": QCoreApplication.translate("Labels", "Retail"),
        "ecommerce": QCoreApplication.translate("Labels", "E-commerce"),
        "banking": QCoreApplication.translate("Labels", "Banking"),
        "wealth": QCoreApplication.translate("Labels", "Wealth management"),
        "logistics": QCoreApplication.translate("Labels", "Logistics"),
        "telecom": QCoreApplication.translate("Labels", "Telecom"),
        "hospitality": QCoreApplication.translate("Labels", "Hospitality"),
        "manufacturing": QCoreApplication.translate("Labels", "Manufacturing"),
        "internet": QCoreApplication.translate("Labels", "Internet"),
        "automotive": QCoreApplication.translate("Labels", "Automotive"),
    }


def ending_names() -> dict[str, str]:
    return {
        "loyal": QCoreApplication.translate("Labels", "Resolved, customer kept"),
        "costly": QCoreApplication.translate("Labels", "Resolved at too high a cost"),
        "escalated": QCoreApplication.translate("Labels", "Escalated to a regulator or online"),
        "lost": QCoreApplication.translate("Labels", "Customer lost"),
    }


def dimension_names() -> dict[str, str]:
    return {
        "empathy": QCoreApplication.translate("Labels", "Empathy"),
        "compliance": QCoreApplication.translate("Labels", "Standards and compliance"),
        "solving": QCoreApplication.translate("Labels", "Solving the problem"),
        "cost": QCoreApplication.translate("Labels", "Cost and balance point"),
    }


def emotion_names() -> tuple[str, ...]:
    """Index 0 calm … 4 furious, as in ``app.scenario.model.EMOTIONS``."""
    return (
        QCoreApplication.translate("Labels", "Calm"),
        QCoreApplication.translate("Labels", "Displeased"),
        QCoreApplication.translate("Labels", "Annoyed"),
        QCoreApplication.translate("Labels", "Angry"),
        QCoreApplication.translate("Labels", "Furious"),
    )


def kind_names() -> dict[str, str]:
    """What a search hit is."""
    return {
        "lesson": QCoreApplication.translate("Labels", "Lesson"),
        "case": QCoreApplication.translate("Labels", "Case"),
        "term": QCoreApplication.translate("Labels", "Glossary"),
        "phrase": QCoreApplication.translate("Labels", "Phrase"),
        "question": QCoreApplication.translate("Labels", "Question"),
        "scenario": QCoreApplication.translate("Labels", "Role-play"),
        "checklist": QCoreApplication.translate("Labels", "Desk checklist"),
        "note": QCoreApplication.translate("Labels", "My note"),
    }


def preview_labels() -> dict[str, str]:
    """Field names in the preview of a phrase, question or term."""
    return {
        "say": QCoreApplication.translate("Labels", "Say"),
        "avoid": QCoreApplication.translate("Labels", "Avoid"),
        "why": QCoreApplication.translate("Labels", "Why"),
        "explanation": QCoreApplication.translate("Labels", "Explanation"),
        "also": QCoreApplication.translate("Labels", "Also"),
        "read": QCoreApplication.translate("Labels", "Read in the lesson: %1"),
    }


def writing_kind_names() -> dict[str, str]:
    return {
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "app-message": QCoreApplication.translate("Labels", "App message"),
        "review-reply": QCoreApplication.translate("Labels", "Public reply to a review"),
        "apology-letter": QCoreApplication.translate("Labels", "Apology letter"),
        "complaint-record": QCoreApplication.translate("Labels", "Complaint record"),
    }


def question_type_names() -> dict[str, str]:
    return {
        "single": QCoreApplication.translate("Labels", "Single choice"),
        "multiple": QCoreApplication.translate("Labels", "Multiple choice"),
        "truefalse": QCoreApplication.translate("Labels", "True or false"),
        "ordering": QCoreApplication.translate("Labels", "Ordering"),
        "matching": QCoreApplication.translate("Labels", "Matching"),
        "short": QCoreApplication.translate("Labels", "Short answer"),
        "situational": QCoreApplication.translate("Labels", "Situational"),
    }
