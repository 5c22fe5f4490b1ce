"""Keeping the AI honest in production: feedback on every output, sampled clinician review,
retention of what we may keep, and pilot metrics per department and week.

Integration points for features that show AI output (drafts, evidence answers):

    output_id = await record_output(svc, kind="draft", ref=f"draft:{row.id}", text=shown_text,
                                    skill=row.skill, model=row.model, template_version=row.template_version,
                                    actor=actor, channel=channel)
    reply.buttons += feedback_buttons(output_id)
"""
from bot.monitoring.feedback import feedback_buttons, record_output

__all__ = ["feedback_buttons", "record_output"]
