"""Who may open what: every URL of the site, as each of the six roles, answers as the table says.

One row per URL name (the Polish copy of the language-prefixed ones; the pages of the data
set and their subpages by name), one column per role. An answer is the status code, or
``login`` for a redirect to a sign-in page, or ``302`` for any other redirect. Every request
is a GET with arguments that exist in the data set (tests/roles.py, ``valid_arguments``), so
a POST-only view answers 405.

A new URL pattern fails ``test_every_url_pattern_has_a_row`` until it has a row: add one with
the answers you expect; if the site disagrees, the failure prints the row as it answers, to
review. URLs that are not a pattern of their own (a page of the Spanish tree, a snippet API
for another model) go in EXTRA_URLS, and get a row the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from tests.roles import (
    ANONYMOUS,
    ROLES,
    DataSet,
    Route,
    all_routes,
    module_dataset,
    page_urls,
    valid_arguments,
)

# Not every URL is its own pattern: these rows name one URL each, built from the data set.
EXTRA_URLS: dict[str, Callable[[DataSet], str]] = {
    "edit a Spanish page": lambda d: f"/admin/pages/{d.page('about', 'es').pk}/edit/",
    "edit an English page": lambda d: f"/admin/pages/{d.page('about', 'en').pk}/edit/",
    "explore the Spanish tree": lambda d: f"/admin/pages/{d.page('home', 'es').pk}/",
    "localize API: news topics": lambda d: "/admin/localize/api/snippets/news/newstopic/",
    "localize API: a Spanish poll": (
        lambda d: f"/admin/localize/api/snippets/polls/poll/{d.objects['poll_es'].pk}/"
    ),
    "poll results of the Spanish poll": (
        lambda d: f"/admin/snippets/polls/poll/votes/{d.objects['poll_es'].pk}/"
    ),
    "essays: grade a submitted attempt": (
        lambda d: f"/admin/learning/essays/{d.objects['submitted_attempt'].pk}/"
    ),
    "reports: an advisor's page": (
        lambda d: f"/admin/learning-reports/learners/{d.users['advisor'].username}/"
    ),
    "reports: an advisor's attempts as CSV": (
        lambda d: f"/admin/learning-reports/learners/{d.users['advisor'].username}/?export=csv"
    ),
}

# fmt: off
MATRIX = """
url                                                                                         anonymous advisor   editor_es editor    staff     superuser
accounts:account                                                                            login     200       200       200       200       200
accounts:password_change                                                                    login     200       200       200       200       200
accounts:personal_data                                                                      login     200       200       200       200       200
accounts:request_email_change                                                               login     405       405       405       405       405
accounts:request_erasure                                                                    login     405       405       405       405       405
accounts:confirm_email_change                                                               400       400       400       400       400       400
accounts:login                                                                              200       302       302       302       302       302
accounts:logout                                                                             405       405       405       405       405       405
accounts:password_reset                                                                     200       200       200       200       200       200
accounts:password_reset_complete                                                            200       200       200       200       200       200
accounts:password_reset_confirm                                                             200       200       200       200       200       200
accounts:password_reset_done                                                                200       200       200       200       200       200
accounts:register                                                                           404       404       404       404       404       404
admin/.*/                                                                                   login     login     404       404       404       404
admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/                             login     login     200       403       403       200
admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/                    login     login     404       403       403       404
admin/localize/reports/translations/                                                        login     login     200       200       200       200
admin/localize/reports/translations/results/                                                login     login     200       200       200       200
admin/localize/submit/page/<int:page_id>/                                                   login     login     200       200       302       200
admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/                  login     login     404       404       302       404
admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/  login     login     405       405       405       405
admin/localize/translate/<int:translation_id>/pofile/upload/                                login     login     405       405       405       405
admin/localize/translate/<int:translation_id>/preview/                                      login     login     200       200       302       200
admin/localize/translate/<int:translation_id>/preview/<str:mode>/                           login     login     404       404       404       404
admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/         login     login     405       405       405       405
admin/localize/update/<int:translation_source_id>/                                          login     login     200       200       302       200
admin/localize/translate/<int:translation_id>/machine_translate/                            login     login     405       405       405       405
admin/searchpicks/reports/search-terms/                                                     login     login     302       302       302       200
admin/searchpicks/reports/search-terms/results/                                             login     login     302       302       302       200
admin/test404/                                                                              login     login     200       200       200       200
admin/workflows/remove/<int:page_pk>/                                                       login     login     405       405       405       405
admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/                                     login     login     405       405       405       405
certificates:credential                                                                     login     404       404       404       404       404
certificates:verify                                                                         200       200       200       200       200       200
certificates:verify_credential                                                              405       405       405       405       405       405
certificates:verify_form                                                                    200       200       200       200       200       200
certificates_admin:index                                                                    login     login     302       302       200       200
certificates_admin:index_results                                                            login     login     302       302       200       200
certificates_admin:inspect                                                                  login     login     302       302       200       200
certificates_admin:revoke                                                                   login     login     302       302       200       200
consultations:add                                                                           login     200       403       403       403       403
consultations:delete                                                                        login     200       403       403       403       403
consultations:edit                                                                          login     200       403       403       403       403
consultations:list                                                                          login     200       403       403       403       403
consultations:meetings                                                                      login     200       403       403       403       403
consultations:propose                                                                       login     200       403       403       403       403
consultations_totals                                                                        login     login     302       302       200       200
consultations_totals_results                                                                login     login     302       302       200       200
edit a Spanish page                                                                         login     login     200       200       302       200
edit an English page                                                                        login     login     302       200       302       200
elearning:advisor_certificate                                                               login     404       404       404       404       404
elearning:advisor_certificate_pdf                                                           login     404       404       404       404       404
elearning:dashboard                                                                         login     200       200       200       200       200
elearning_essay_grade                                                                       login     login     404       404       404       404
elearning_essays                                                                            login     login     302       302       200       200
elearning_essays_results                                                                    login     login     302       302       200       200
elearning_lessons_due                                                                       login     login     302       302       200       200
elearning_lessons_due_results                                                               login     login     302       302       200       200
quiz_overrides:add                                                                          login     login     302       302       200       200
quiz_overrides:delete                                                                       login     login     404       404       404       404
quiz_overrides:edit                                                                         login     login     302       302       404       404
quiz_overrides:history                                                                      login     login     404       404       404       404
quiz_overrides:history_results                                                              login     login     404       404       404       404
quiz_overrides:index                                                                        login     login     302       302       200       200
quiz_overrides:index_results                                                                login     login     302       302       200       200
quiz_overrides:usage                                                                        login     login     404       404       404       404
essays: grade a submitted attempt                                                           login     login     302       302       200       200
elearning_advisor_import_sample                                                             login     login     302       302       200       200
elearning_enrol_advisors                                                                    login     login     302       302       200       200
elearning_import_advisors                                                                   login     login     302       302       200       200
elearning_progress                                                                          login     login     302       302       200       200
questionbank_export                                                                         login     login     302       302       200       200
questionbank_import                                                                         login     login     302       302       200       200
explore the Spanish tree                                                                    login     login     200       200       302       200
jwks                                                                                        200       200       200       200       200       200
hidden_searches:add                                                                         login     login     302       302       302       200
hidden_searches:delete                                                                      login     login     404       404       404       404
hidden_searches:edit                                                                        login     login     302       302       302       404
hidden_searches:history                                                                     login     login     404       404       404       404
hidden_searches:history_results                                                             login     login     404       404       404       404
hidden_searches:index                                                                       login     login     302       302       302       200
hidden_searches:index_results                                                               login     login     302       302       302       200
hidden_searches:popular                                                                     login     login     302       302       302       200
hidden_searches:usage                                                                       login     login     404       404       404       404
localization:bulk_index                                                                     login     login     200       200       302       200
localization:bulk_job                                                                       login     login     404       404       302       404
localization:bulk_section                                                                   login     login     200       200       302       200
localization:bulk_snippets                                                                  login     login     200       302       302       200
localization:status                                                                         login     login     200       200       200       200
machine_translation:etranslation_done                                                       405       405       405       405       405       405
machine_translation:etranslation_error                                                      405       405       405       405       405       405
localize API: a Spanish poll                                                                login     login     200       403       403       200
localize API: news topics                                                                   login     login     200       403       403       200
erasure_requests:erase                                                                      login     login     302       302       200       200
erasure_requests:index                                                                      login     login     302       302       200       200
locked_sign_ins:index                                                                       login     login     302       302       200       200
locked_sign_ins:unlock                                                                      login     login     302       302       200       200
network:profile                                                                             login     200       403       403       403       403
network_profiles:index                                                                      login     login     302       302       200       200
network_profiles:index_results                                                              login     login     302       302       200       200
network_profiles:inspect                                                                    login     login     302       302       200       200
network_profiles:take_down                                                                  login     login     302       302       200       200
page about:en                                                                               200       200       200       200       200       200
page about:es                                                                               200       200       200       200       200       200
page about:pl                                                                               200       200       200       200       200       200
page advisor_directory:en                                                                   200       200       200       200       200       200
page advisor_directory:es                                                                   200       200       200       200       200       200
page advisor_directory:pl                                                                   200       200       200       200       200       200
page article:es                                                                             200       200       200       200       200       200
page article:pl                                                                             200       200       200       200       200       200
page catalogue:es                                                                           200       200       200       200       200       200
page catalogue:pl                                                                           200       200       200       200       200       200
page contact:pl                                                                             200       200       200       200       200       200
page course:es                                                                              200       200       200       200       200       200
page course:pl                                                                              200       200       200       200       200       200
page course:pl/certificate                                                                  login     404       404       404       404       404
page course:pl/certificate_pdf                                                              login     404       404       404       404       404
page course:pl/enrol                                                                        405       405       405       405       405       405
page course:pl/glossary                                                                     200       200       200       200       200       200
page episode:pl                                                                             200       200       200       200       200       200
page episodes:pl                                                                            200       200       200       200       200       200
page event:pl                                                                               200       200       200       200       200       200
page event:pl/ics                                                                           200       200       200       200       200       200
page events:pl                                                                              200       200       200       200       200       200
page home:en                                                                                200       200       200       200       200       200
page home:es                                                                                200       200       200       200       200       200
page home:pl                                                                                200       200       200       200       200       200
page lesson:es                                                                              login     200       200       200       200       200
page lesson:pl                                                                              login     200       200       200       200       200
page lesson:pl/complete                                                                     405       405       405       405       405       405
page news_index:es                                                                          200       200       200       200       200       200
page news_index:pl                                                                          200       200       200       200       200       200
page news_index:pl/atom                                                                     200       200       200       200       200       200
page news_index:pl/rss                                                                      200       200       200       200       200       200
page partner:pl                                                                             200       200       200       200       200       200
page partners:pl                                                                            200       200       200       200       200       200
page partnership:pl                                                                         200       200       200       200       200       200
page poll_page:pl                                                                           200       200       200       200       200       200
page promotion:pl                                                                           200       200       200       200       200       200
page publication:pl                                                                         200       200       200       200       200       200
page quiz:es                                                                                login     200       200       200       200       200
page quiz:pl                                                                                login     200       200       200       200       200
page quiz:pl/attempt                                                                        login     200       404       404       404       404
page quiz:pl/result                                                                         login     200       404       404       404       404
page quiz:pl/start                                                                          302       302       302       302       302       302
page training:pl                                                                            200       200       200       200       200       200
page trainings:es                                                                           200       200       200       200       200       200
page trainings:pl                                                                           200       200       200       200       200       200
poll results of the Spanish poll                                                            login     login     200       302       302       200
polls:vote                                                                                  405       405       405       405       405       405
reports:courses                                                                             login     login     302       302       200       200
reports:courses_results                                                                     login     login     302       302       200       200
reports:learner                                                                             login     login     302       302       404       404
reports:learners                                                                            login     login     302       302       200       200
reports:learners_results                                                                    login     login     302       302       200       200
reports:questions                                                                           login     login     302       302       200       200
reports:questions_results                                                                   login     login     302       302       200       200
reports: an advisor's page                                                                  login     login     302       302       200       200
reports: an advisor's attempts as CSV                                                       login     login     302       302       200       200
search                                                                                      200       200       200       200       200       200
search_suggest                                                                              200       200       200       200       200       200
site_map                                                                                    200       200       200       200       200       200
sitemap.xml                                                                                 200       200       200       200       200       200
robots_txt                                                                                  200       200       200       200       200       200
favicon.ico                                                                                 302       302       302       302       302       302
form_tokens                                                                                 200       200       200       200       200       200
health                                                                                      200       200       200       200       200       200
wagtail_bulk_action                                                                         login     login     404       404       404       404
wagtail_localize:convert_to_alias                                                           login     login     302       404       302       404
wagtail_localize:download_pofile                                                            login     login     200       200       302       200
wagtail_localize:edit_override                                                              login     login     405       405       405       405
wagtail_localize:edit_string_translation                                                    login     login     405       405       405       405
wagtail_localize:javascript_catalog                                                         login     login     200       200       200       200
wagtail_localize:machine_translate                                                          login     login     405       405       405       405
wagtail_localize:snippets_api_detail                                                        login     login     404       403       403       404
wagtail_localize:snippets_api_listing                                                       login     login     200       403       403       200
wagtail_localize:stop_translation                                                           login     login     405       405       405       405
wagtail_localize:submit_page_translation                                                    login     login     200       200       302       200
wagtail_localize:submit_snippet_translation                                                 login     login     404       404       302       404
wagtail_localize:translations_report                                                        login     login     200       200       200       200
wagtail_localize:translations_report_results                                                login     login     200       200       200       200
wagtail_localize:update_translations                                                        login     login     200       200       302       200
wagtail_localize:upload_pofile                                                              login     login     405       405       405       405
wagtail_serve                                                                               200       200       200       200       200       200
wagtailadmin_account                                                                        login     login     200       200       200       200
wagtailadmin_api:documents:detail                                                           login     login     200       200       200       200
wagtailadmin_api:documents:find                                                             login     login     404       404       404       404
wagtailadmin_api:documents:listing                                                          login     login     200       200       200       200
wagtailadmin_api:images:detail                                                              login     login     200       200       200       200
wagtailadmin_api:images:find                                                                login     login     404       404       404       404
wagtailadmin_api:images:listing                                                             login     login     200       200       200       200
wagtailadmin_api:pages:action                                                               login     login     405       405       405       405
wagtailadmin_api:pages:detail                                                               login     login     404       200       404       200
wagtailadmin_api:pages:find                                                                 login     login     404       404       404       404
wagtailadmin_api:pages:listing                                                              login     login     200       200       200       200
wagtailadmin_block_preview                                                                  login     login     404       404       404       404
wagtailadmin_choose_page                                                                    login     login     200       200       200       200
wagtailadmin_choose_page_anchor_link                                                        login     login     200       200       200       200
wagtailadmin_choose_page_child                                                              login     login     200       200       200       200
wagtailadmin_choose_page_chosen_multiple                                                    login     login     200       200       200       200
wagtailadmin_choose_page_email_link                                                         login     login     200       200       200       200
wagtailadmin_choose_page_external_link                                                      login     login     200       200       200       200
wagtailadmin_choose_page_phone_link                                                         login     login     200       200       200       200
wagtailadmin_choose_page_search                                                             login     login     200       200       200       200
wagtailadmin_collections:add                                                                login     login     302       302       302       200
wagtailadmin_collections:delete                                                             login     login     404       404       404       200
wagtailadmin_collections:edit                                                               login     login     302       302       302       200
wagtailadmin_collections:index                                                              login     login     302       302       302       200
wagtailadmin_collections:set_privacy                                                        login     login     302       302       302       200
wagtailadmin_dismissibles                                                                   login     login     200       200       200       200
wagtailadmin_editing_sessions:ping                                                          login     login     405       405       405       405
wagtailadmin_editing_sessions:release                                                       login     login     405       405       405       405
wagtailadmin_error_test                                                                     login     login     404       404       404       404
wagtailadmin_explore                                                                        login     login     302       200       302       200
wagtailadmin_explore_results                                                                login     login     302       200       302       200
wagtailadmin_explore_root                                                                   login     login     302       200       302       200
wagtailadmin_home                                                                           login     login     200       200       200       200
wagtailadmin_javascript_catalog                                                             200       200       200       200       200       200
wagtailadmin_login                                                                          200       200       302       302       302       302
wagtailadmin_logout                                                                         login     login     405       405       405       405
wagtailadmin_pages:add                                                                      login     login     302       200       302       200
wagtailadmin_pages:add_subpage                                                              login     login     302       302       302       302
wagtailadmin_pages:choose_parent                                                            login     login     404       404       404       404
wagtailadmin_pages:collect_workflow_action_data                                             login     login     404       404       404       404
wagtailadmin_pages:confirm_workflow_cancellation                                            login     login     200       200       200       200
wagtailadmin_pages:convert_alias                                                            login     login     404       404       404       404
wagtailadmin_pages:copy                                                                     login     login     302       200       302       200
wagtailadmin_pages:delete                                                                   login     login     302       200       302       200
wagtailadmin_pages:edit                                                                     login     login     302       200       302       200
wagtailadmin_pages:history                                                                  login     login     302       200       302       200
wagtailadmin_pages:history_results                                                          login     login     302       200       302       200
wagtailadmin_pages:lock                                                                     login     login     405       405       405       405
wagtailadmin_pages:move                                                                     login     login     302       200       302       200
wagtailadmin_pages:move_confirm                                                             login     login     200       200       200       200
wagtailadmin_pages:preview_on_add                                                           login     login     302       200       302       200
wagtailadmin_pages:preview_on_edit                                                          login     login     302       200       302       200
wagtailadmin_pages:revisions_compare                                                        login     login     302       200       302       200
wagtailadmin_pages:revisions_index                                                          login     login     302       302       302       302
wagtailadmin_pages:revisions_revert                                                         login     login     302       200       302       200
wagtailadmin_pages:revisions_unschedule                                                     login     login     302       200       302       200
wagtailadmin_pages:revisions_view                                                           login     login     302       200       302       200
wagtailadmin_pages:search                                                                   login     login     200       200       302       200
wagtailadmin_pages:search_results                                                           login     login     200       200       302       200
wagtailadmin_pages:set_page_position                                                        login     login     302       200       302       200
wagtailadmin_pages:set_privacy                                                              login     login     302       200       302       200
wagtailadmin_pages:type_use                                                                 login     login     200       200       302       200
wagtailadmin_pages:type_use_results                                                         login     login     200       200       302       200
wagtailadmin_pages:unlock                                                                   login     login     405       405       405       405
wagtailadmin_pages:unpublish                                                                login     login     302       200       302       200
wagtailadmin_pages:usage                                                                    login     login     302       200       302       200
wagtailadmin_pages:view_draft                                                               login     login     302       200       302       200
wagtailadmin_pages:workflow_action                                                          login     login     404       404       404       404
wagtailadmin_pages:workflow_history                                                         login     login     302       200       302       200
wagtailadmin_pages:workflow_history_detail                                                  login     login     302       404       302       404
wagtailadmin_pages:workflow_preview                                                         login     login     302       302       302       302
wagtailadmin_password_reset                                                                 404       404       404       404       404       404
wagtailadmin_password_reset_complete                                                        404       404       404       404       404       404
wagtailadmin_password_reset_confirm                                                         404       404       404       404       404       404
wagtailadmin_password_reset_done                                                            404       404       404       404       404       404
wagtailadmin_reports:aging_pages                                                            login     login     200       200       302       200
wagtailadmin_reports:aging_pages_results                                                    login     login     200       200       302       200
wagtailadmin_reports:locked_pages                                                           login     login     302       200       302       200
wagtailadmin_reports:locked_pages_results                                                   login     login     302       200       302       200
wagtailadmin_reports:page_types_usage                                                       login     login     200       200       302       200
wagtailadmin_reports:page_types_usage_results                                               login     login     200       200       302       200
wagtailadmin_reports:site_history                                                           login     login     200       200       200       200
wagtailadmin_reports:site_history_results                                                   login     login     200       200       200       200
wagtailadmin_reports:workflow                                                               login     login     200       200       302       200
wagtailadmin_reports:workflow_results                                                       login     login     200       200       302       200
wagtailadmin_reports:workflow_tasks                                                         login     login     200       200       302       200
wagtailadmin_reports:workflow_tasks_results                                                 login     login     200       200       302       200
wagtailadmin_sprite                                                                         200       200       200       200       200       200
wagtailadmin_tag_autocomplete                                                               login     login     200       200       200       200
wagtailadmin_tag_model_autocomplete                                                         login     login     404       404       404       404
wagtailadmin_workflows:add                                                                  login     login     302       302       302       200
wagtailadmin_workflows:add_task                                                             login     login     302       302       302       404
wagtailadmin_workflows:disable                                                              login     login     302       302       302       200
wagtailadmin_workflows:disable_task                                                         login     login     302       302       302       200
wagtailadmin_workflows:edit                                                                 login     login     302       302       302       200
wagtailadmin_workflows:edit_task                                                            login     login     302       302       302       200
wagtailadmin_workflows:enable                                                               login     login     405       405       405       405
wagtailadmin_workflows:enable_task                                                          login     login     405       405       405       405
wagtailadmin_workflows:index                                                                login     login     302       302       302       200
wagtailadmin_workflows:index_results                                                        login     login     302       302       302       200
wagtailadmin_workflows:select_task_type                                                     login     login     302       302       302       302
wagtailadmin_workflows:task_chooser                                                         login     login     200       200       200       200
wagtailadmin_workflows:task_chooser_create                                                  login     login     200       200       200       200
wagtailadmin_workflows:task_chooser_results                                                 login     login     200       200       200       200
wagtailadmin_workflows:task_chosen                                                          login     login     200       200       200       200
wagtailadmin_workflows:task_index                                                           login     login     302       302       302       200
wagtailadmin_workflows:task_index_results                                                   login     login     302       302       302       200
wagtailadmin_workflows:usage                                                                login     login     302       302       302       200
wagtailadmin_workflows:usage_results                                                        login     login     302       302       302       200
wagtailcore_authenticate_with_password                                                      404       404       404       404       404       404
wagtailcore_login                                                                           200       200       200       200       200       200
wagtaildocs:add                                                                             login     login     200       200       302       200
wagtaildocs:add_multiple                                                                    login     login     200       200       302       200
wagtaildocs:create_multiple_from_uploaded_document                                          login     login     405       405       405       405
wagtaildocs:delete                                                                          login     login     302       200       302       200
wagtaildocs:delete_multiple                                                                 login     login     405       405       405       405
wagtaildocs:delete_upload_multiple                                                          login     login     405       405       405       405
wagtaildocs:document_usage                                                                  login     login     302       200       302       200
wagtaildocs:edit                                                                            login     login     302       200       302       200
wagtaildocs:edit_multiple                                                                   login     login     405       405       405       405
wagtaildocs:index                                                                           login     login     200       200       302       200
wagtaildocs:index_results                                                                   login     login     200       200       302       200
wagtaildocs_authenticate_with_password                                                      404       404       404       404       404       404
wagtaildocs_chooser:choose                                                                  login     login     200       200       200       200
wagtaildocs_chooser:choose_results                                                          login     login     200       200       200       200
wagtaildocs_chooser:chosen                                                                  login     login     302       200       200       200
wagtaildocs_chooser:chosen_multiple                                                         login     login     200       200       200       200
wagtaildocs_chooser:create                                                                  login     login     200       200       302       200
wagtaildocs_serve                                                                           404       404       404       404       404       404
wagtailembeds:chooser                                                                       login     login     200       200       200       200
wagtailembeds:chooser_upload                                                                login     login     200       200       200       200
wagtailforms:delete_submissions                                                             login     login     302       302       302       302
wagtailforms:index                                                                          login     login     200       200       302       200
wagtailforms:index_results                                                                  login     login     200       200       302       200
wagtailforms:list_submissions                                                               login     login     404       404       404       404
wagtailforms:list_submissions_results                                                       login     login     404       404       404       404
wagtailimages:add                                                                           login     login     200       200       302       200
wagtailimages:add_multiple                                                                  login     login     200       200       302       200
wagtailimages:create_multiple_from_uploaded_image                                           login     login     405       405       405       405
wagtailimages:delete                                                                        login     login     302       200       302       200
wagtailimages:delete_multiple                                                               login     login     405       405       405       405
wagtailimages:delete_upload_multiple                                                        login     login     405       405       405       405
wagtailimages:edit                                                                          login     login     302       200       302       200
wagtailimages:edit_multiple                                                                 login     login     405       405       405       405
wagtailimages:image_usage                                                                   login     login     302       200       302       200
wagtailimages:index                                                                         login     login     200       200       302       200
wagtailimages:index_results                                                                 login     login     200       200       302       200
wagtailimages:preview                                                                       login     login     302       200       302       200
wagtailimages:url_generator                                                                 login     login     404       404       404       404
wagtailimages:url_generator_output                                                          login     login     404       404       404       404
wagtailimages_chooser:choose                                                                login     login     200       200       200       200
wagtailimages_chooser:choose_results                                                        login     login     200       200       200       200
wagtailimages_chooser:chosen                                                                login     login     302       200       302       200
wagtailimages_chooser:chosen_multiple                                                       login     login     200       200       200       200
wagtailimages_chooser:create                                                                login     login     200       200       302       200
wagtailimages_chooser:select_format                                                         login     login     200       200       200       200
wagtaillocales:add                                                                          login     login     302       302       302       200
wagtaillocales:copy                                                                         login     login     302       302       302       200
wagtaillocales:delete                                                                       login     login     302       302       302       200
wagtaillocales:edit                                                                         login     login     302       302       302       200
wagtaillocales:history                                                                      login     login     302       302       302       200
wagtaillocales:history_results                                                              login     login     302       302       302       200
wagtaillocales:index                                                                        login     login     302       302       302       200
wagtaillocales:index_results                                                                login     login     302       302       302       200
wagtaillocales:usage                                                                        login     login     302       302       302       200
wagtailredirects:add                                                                        login     login     302       302       302       200
wagtailredirects:delete                                                                     login     login     302       302       302       200
wagtailredirects:edit                                                                       login     login     302       302       302       200
wagtailredirects:index                                                                      login     login     302       302       302       200
wagtailredirects:index_results                                                              login     login     302       302       302       200
wagtailredirects:process_import                                                             login     login     302       302       302       405
wagtailredirects:start_import                                                               login     login     302       302       302       200
wagtailsearchpromotions:add                                                                 login     login     302       302       302       200
wagtailsearchpromotions:chooser                                                             login     login     200       200       200       200
wagtailsearchpromotions:chooserresults                                                      login     login     200       200       200       200
wagtailsearchpromotions:delete                                                              login     login     302       302       302       200
wagtailsearchpromotions:edit                                                                login     login     302       302       302       200
wagtailsearchpromotions:index                                                               login     login     302       302       302       200
wagtailsearchpromotions:index_results                                                       login     login     302       302       302       200
wagtailsearchpromotions:search_terms                                                        login     login     302       302       302       200
wagtailsearchpromotions:search_terms_results                                                login     login     302       302       302       200
wagtailsites:add                                                                            login     login     302       302       302       200
wagtailsites:copy                                                                           login     login     302       302       302       200
wagtailsites:delete                                                                         login     login     302       302       302       200
wagtailsites:edit                                                                           login     login     302       302       302       200
wagtailsites:history                                                                        login     login     302       302       302       200
wagtailsites:history_results                                                                login     login     302       302       302       200
wagtailsites:index                                                                          login     login     302       302       302       200
wagtailsites:index_results                                                                  login     login     302       302       302       200
wagtailsites:usage                                                                          login     login     302       302       302       200
wagtailsnippetchoosers_core_mainmenu:choose                                                 login     login     200       200       200       200
wagtailsnippetchoosers_core_mainmenu:choose_results                                         login     login     200       200       200       200
wagtailsnippetchoosers_core_mainmenu:chosen                                                 login     login     404       404       404       404
wagtailsnippetchoosers_core_mainmenu:chosen_multiple                                        login     login     200       200       200       200
wagtailsnippetchoosers_core_mainmenu:create                                                 login     login     302       302       302       200
wagtailsnippetchoosers_core_sitefooter:choose                                               login     login     200       200       200       200
wagtailsnippetchoosers_core_siteidentity:choose                                             login     login     200       200       200       200
wagtailsnippetchoosers_core_sitefooter:choose_results                                       login     login     200       200       200       200
wagtailsnippetchoosers_core_siteidentity:choose_results                                     login     login     200       200       200       200
wagtailsnippetchoosers_core_sitefooter:chosen                                               login     login     404       404       404       404
wagtailsnippetchoosers_core_siteidentity:chosen                                             login     login     404       404       404       404
wagtailsnippetchoosers_core_sitefooter:chosen_multiple                                      login     login     200       200       200       200
wagtailsnippetchoosers_core_siteidentity:chosen_multiple                                    login     login     200       200       200       200
wagtailsnippetchoosers_core_sitefooter:create                                               login     login     302       302       302       200
wagtailsnippetchoosers_core_siteidentity:create                                             login     login     302       302       302       200
wagtailsnippetchoosers_elearning_glossaryterm:choose                                        login     login     200       200       200       200
wagtailsnippetchoosers_elearning_glossaryterm:choose_results                                login     login     200       200       200       200
wagtailsnippetchoosers_elearning_glossaryterm:chosen                                        login     login     200       200       200       200
wagtailsnippetchoosers_elearning_glossaryterm:chosen_multiple                               login     login     200       200       200       200
wagtailsnippetchoosers_elearning_glossaryterm:create                                        login     login     302       302       302       200
wagtailsnippetchoosers_questionbank_question:choose                                         login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_question:choose_results                                 login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_question:chosen                                         login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_question:chosen_multiple                                login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_question:create                                         login     login     302       302       200       200
wagtailsnippetchoosers_questionbank_questioncategory:choose                                 login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_questioncategory:choose_results                         login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_questioncategory:chosen                                 login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_questioncategory:chosen_multiple                        login     login     200       200       200       200
wagtailsnippetchoosers_questionbank_questioncategory:create                                 login     login     302       302       200       200
wagtailsnippetchoosers_news_newstopic:choose                                                login     login     200       200       200       200
wagtailsnippetchoosers_news_newstopic:choose_results                                        login     login     200       200       200       200
wagtailsnippetchoosers_news_newstopic:chosen                                                login     login     200       200       200       200
wagtailsnippetchoosers_news_newstopic:chosen_multiple                                       login     login     200       200       200       200
wagtailsnippetchoosers_news_newstopic:create                                                login     login     302       302       302       200
wagtailsnippetchoosers_partnership_partnershipmember:choose                                 login     login     200       200       200       200
wagtailsnippetchoosers_partnership_partnershipmember:choose_results                         login     login     200       200       200       200
wagtailsnippetchoosers_partnership_partnershipmember:chosen                                 login     login     200       200       200       200
wagtailsnippetchoosers_partnership_partnershipmember:chosen_multiple                        login     login     200       200       200       200
wagtailsnippetchoosers_partnership_partnershipmember:create                                 login     login     302       302       302       200
wagtailsnippetchoosers_partnership_sector:choose                                            login     login     200       200       200       200
wagtailsnippetchoosers_partnership_sector:choose_results                                    login     login     200       200       200       200
wagtailsnippetchoosers_partnership_sector:chosen                                            login     login     200       200       200       200
wagtailsnippetchoosers_partnership_sector:chosen_multiple                                   login     login     200       200       200       200
wagtailsnippetchoosers_partnership_sector:create                                            login     login     302       302       302       200
wagtailsnippetchoosers_partnership_subregion:choose                                         login     login     200       200       200       200
wagtailsnippetchoosers_partnership_subregion:choose_results                                 login     login     200       200       200       200
wagtailsnippetchoosers_partnership_subregion:chosen                                         login     login     200       200       200       200
wagtailsnippetchoosers_partnership_subregion:chosen_multiple                                login     login     200       200       200       200
wagtailsnippetchoosers_partnership_subregion:create                                         login     login     302       302       302       200
wagtailsnippetchoosers_polls_poll:choose                                                    login     login     200       200       200       200
wagtailsnippetchoosers_polls_poll:choose_results                                            login     login     200       200       200       200
wagtailsnippetchoosers_polls_poll:chosen                                                    login     login     200       200       200       200
wagtailsnippetchoosers_polls_poll:chosen_multiple                                           login     login     200       200       200       200
wagtailsnippetchoosers_polls_poll:create                                                    login     login     302       302       302       200
admin/settings/<slug:app_name>/<slug:model_name>/                                           login     login     302       302       302       302
admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/                                  login     login     302       302       302       200
wagtailsettings:preview_on_edit                                                             login     login     302       302       302       404
wagtailsnippets:index                                                                       login     login     200       302       302       200
wagtailsnippets_core_mainmenu:add                                                           login     login     302       302       302       200
wagtailsnippets_core_mainmenu:copy                                                          login     login     404       404       404       404
wagtailsnippets_core_mainmenu:delete                                                        login     login     404       404       404       404
wagtailsnippets_core_mainmenu:edit                                                          login     login     404       404       404       404
wagtailsnippets_core_mainmenu:history                                                       login     login     404       404       404       404
wagtailsnippets_core_mainmenu:history_results                                               login     login     404       404       404       404
wagtailsnippets_core_mainmenu:list                                                          login     login     200       302       302       200
wagtailsnippets_core_mainmenu:list_results                                                  login     login     200       302       302       200
wagtailsnippets_core_mainmenu:usage                                                         login     login     404       404       404       404
wagtailsnippets_core_sitefooter:add                                                         login     login     302       302       302       200
wagtailsnippets_core_siteidentity:add                                                       login     login     302       302       302       200
wagtailsnippets_core_sitefooter:copy                                                        login     login     404       404       404       404
wagtailsnippets_core_siteidentity:copy                                                      login     login     404       404       404       404
wagtailsnippets_core_sitefooter:delete                                                      login     login     404       404       404       404
wagtailsnippets_core_siteidentity:delete                                                    login     login     404       404       404       404
wagtailsnippets_core_sitefooter:edit                                                        login     login     404       404       404       404
wagtailsnippets_core_siteidentity:edit                                                      login     login     404       404       404       404
wagtailsnippets_core_sitefooter:history                                                     login     login     404       404       404       404
wagtailsnippets_core_siteidentity:history                                                   login     login     404       404       404       404
wagtailsnippets_core_sitefooter:history_results                                             login     login     404       404       404       404
wagtailsnippets_core_siteidentity:history_results                                           login     login     404       404       404       404
wagtailsnippets_core_sitefooter:list                                                        login     login     200       302       302       200
wagtailsnippets_core_siteidentity:list                                                      login     login     302       302       302       200
wagtailsnippets_core_sitefooter:list_results                                                login     login     200       302       302       200
wagtailsnippets_core_siteidentity:list_results                                              login     login     302       302       302       200
wagtailsnippets_core_sitefooter:usage                                                       login     login     404       404       404       404
wagtailsnippets_core_siteidentity:usage                                                     login     login     404       404       404       404
wagtailsnippets_elearning_glossaryterm:add                                                  login     login     302       302       302       200
wagtailsnippets_elearning_glossaryterm:copy                                                 login     login     302       302       302       200
wagtailsnippets_elearning_glossaryterm:delete                                               login     login     302       302       302       200
wagtailsnippets_elearning_glossaryterm:edit                                                 login     login     302       302       302       200
wagtailsnippets_elearning_glossaryterm:history                                              login     login     200       302       302       200
wagtailsnippets_elearning_glossaryterm:history_results                                      login     login     200       302       302       200
wagtailsnippets_elearning_glossaryterm:list                                                 login     login     200       302       302       200
wagtailsnippets_elearning_glossaryterm:list_results                                         login     login     200       302       302       200
wagtailsnippets_elearning_glossaryterm:usage                                                login     login     200       302       302       200
wagtailsnippets_questionbank_question:add                                                   login     login     302       302       200       200
wagtailsnippets_questionbank_question:copy                                                  login     login     302       302       200       200
wagtailsnippets_questionbank_question:delete                                                login     login     302       302       200       200
wagtailsnippets_questionbank_question:edit                                                  login     login     302       302       200       200
wagtailsnippets_questionbank_question:history                                               login     login     302       302       200       200
wagtailsnippets_questionbank_question:history_results                                       login     login     302       302       200       200
wagtailsnippets_questionbank_question:inspect                                               login     login     302       302       200       200
wagtailsnippets_questionbank_question:list                                                  login     login     302       302       200       200
wagtailsnippets_questionbank_question:list_results                                          login     login     302       302       200       200
wagtailsnippets_questionbank_question:usage                                                 login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:add                                           login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:copy                                          login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:delete                                        login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:edit                                          login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:history                                       login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:history_results                               login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:list                                          login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:list_results                                  login     login     302       302       200       200
wagtailsnippets_questionbank_questioncategory:usage                                         login     login     302       302       200       200
wagtailsnippets_news_newstopic:add                                                          login     login     302       302       302       200
wagtailsnippets_news_newstopic:copy                                                         login     login     302       302       302       200
wagtailsnippets_news_newstopic:delete                                                       login     login     302       302       302       200
wagtailsnippets_news_newstopic:edit                                                         login     login     302       302       302       200
wagtailsnippets_news_newstopic:history                                                      login     login     200       302       302       200
wagtailsnippets_news_newstopic:history_results                                              login     login     200       302       302       200
wagtailsnippets_news_newstopic:list                                                         login     login     200       302       302       200
wagtailsnippets_news_newstopic:list_results                                                 login     login     200       302       302       200
wagtailsnippets_news_newstopic:usage                                                        login     login     200       302       302       200
wagtailsnippets_partnership_partnershipmember:add                                           login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:copy                                          login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:delete                                        login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:edit                                          login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:history                                       login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:history_results                               login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:list                                          login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:list_results                                  login     login     302       302       302       200
wagtailsnippets_partnership_partnershipmember:usage                                         login     login     302       302       302       200
wagtailsnippets_partnership_sector:add                                                      login     login     302       302       302       200
wagtailsnippets_partnership_sector:copy                                                     login     login     302       302       302       200
wagtailsnippets_partnership_sector:delete                                                   login     login     302       302       302       200
wagtailsnippets_partnership_sector:edit                                                     login     login     302       302       302       200
wagtailsnippets_partnership_sector:history                                                  login     login     200       302       302       200
wagtailsnippets_partnership_sector:history_results                                          login     login     200       302       302       200
wagtailsnippets_partnership_sector:list                                                     login     login     200       302       302       200
wagtailsnippets_partnership_sector:list_results                                             login     login     200       302       302       200
wagtailsnippets_partnership_sector:usage                                                    login     login     200       302       302       200
wagtailsnippets_partnership_subregion:add                                                   login     login     302       302       302       200
wagtailsnippets_partnership_subregion:copy                                                  login     login     302       302       302       200
wagtailsnippets_partnership_subregion:delete                                                login     login     302       302       302       200
wagtailsnippets_partnership_subregion:edit                                                  login     login     302       302       302       200
wagtailsnippets_partnership_subregion:history                                               login     login     200       302       302       200
wagtailsnippets_partnership_subregion:history_results                                       login     login     200       302       302       200
wagtailsnippets_partnership_subregion:list                                                  login     login     200       302       302       200
wagtailsnippets_partnership_subregion:list_results                                          login     login     200       302       302       200
wagtailsnippets_partnership_subregion:usage                                                 login     login     200       302       302       200
wagtailsnippets_polls_poll:add                                                              login     login     302       302       302       200
wagtailsnippets_polls_poll:copy                                                             login     login     302       302       302       200
wagtailsnippets_polls_poll:delete                                                           login     login     302       302       302       200
wagtailsnippets_polls_poll:edit                                                             login     login     302       302       302       200
wagtailsnippets_polls_poll:history                                                          login     login     200       302       302       200
wagtailsnippets_polls_poll:history_results                                                  login     login     200       302       302       200
wagtailsnippets_polls_poll:list                                                             login     login     200       302       302       200
wagtailsnippets_polls_poll:list_results                                                     login     login     200       302       302       200
wagtailsnippets_polls_poll:usage                                                            login     login     200       302       302       200
wagtailsnippets_polls_poll:votes                                                            login     login     200       302       302       200
wagtailusers_groups:add                                                                     login     login     302       302       302       200
wagtailusers_groups:delete                                                                  login     login     302       302       302       200
wagtailusers_groups:edit                                                                    login     login     302       302       302       200
wagtailusers_groups:history                                                                 login     login     302       302       302       200
wagtailusers_groups:history_results                                                         login     login     302       302       302       200
wagtailusers_groups:index                                                                   login     login     302       302       302       200
wagtailusers_groups:index_results                                                           login     login     302       302       302       200
wagtailusers_groups:usage                                                                   login     login     302       302       302       200
wagtailusers_users:add                                                                      login     login     302       302       200       200
wagtailusers_users:copy                                                                     login     login     302       302       200       200
wagtailusers_users:delete                                                                   login     login     302       302       302       200
wagtailusers_users:edit                                                                     login     login     302       302       200       200
wagtailusers_users:history                                                                  login     login     302       302       200       200
wagtailusers_users:history_results                                                          login     login     302       302       200       200
wagtailusers_users:index                                                                    login     login     302       302       200       200
wagtailusers_users:index_results                                                            login     login     302       302       200       200
wagtailusers_users:usage                                                                    login     login     302       302       200       200
"""  # noqa: E501 - one row per URL reads better than wrapped rows
# fmt: on


def parse(table: str) -> dict[str, tuple[str, ...]]:
    rows = {}
    for line in table.strip().splitlines()[1:]:  # the first line names the roles
        name, *cells = line.rsplit(None, len(ROLES))
        rows[name.strip()] = tuple(cells)
    return rows


def table_row(name: str, cells: tuple[str, ...]) -> str:
    return f"{name:<{NAME_WIDTH}}" + "".join(f"{cell:<{CELL_WIDTH}}" for cell in cells).rstrip()


NAME_WIDTH = 92
CELL_WIDTH = 10


EXPECTED = parse(MATRIX)


def url_keys(routes: list[Route]) -> list[str]:
    """The row name of each route: its URL name, or its pattern where names repeat or lack."""
    names = [route.name for route in routes]
    return [r.name if r.name and names.count(r.name) == 1 else r.template for r in routes]


def matrix_routes() -> dict[str, Route]:
    """Each pattern once: the language-prefixed ones in Polish only (the fuzz probes all three)."""
    # A guard of cms/admin_guards.py answers at the URL of the Wagtail pattern it shadows,
    # whose row is that URL's answers: the guard has none of its own.
    routes = [
        r for r in all_routes() if r.language in ("", "pl") and r.module != "cms.admin_guards"
    ]
    return dict(zip(url_keys(routes), routes, strict=True))


ROUTES = matrix_routes()


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker) -> DataSet:
    with module_dataset(django_db_blocker) as data:
        yield data


@pytest.fixture(scope="module")
def matrix_urls(dataset: DataSet) -> dict[str, str]:
    """Every row's URL: the patterns, the data set's pages, and the extra URLs.

    Built once for the module: filling every pattern and asking every page for its URL takes
    longer than the row's six requests.
    """
    found = {key: route.fill(valid_arguments(route, dataset)) for key, route in ROUTES.items()}
    found.update({f"page {name}": url for name, url in page_urls(dataset).items()})
    found.update({name: build(dataset) for name, build in EXTRA_URLS.items()})
    return found


@pytest.fixture(scope="module")
def signed_in(dataset: DataSet) -> dict[str, dict[str, str]]:
    """Each role's session cookie, signed in once for the module (the data set's transaction
    keeps the sessions; what a test's requests do to one is rolled back with the test)."""
    cookies = {}
    for role in ROLES:
        client = Client()
        if role != ANONYMOUS:
            client.force_login(dataset.users[role])
        cookies[role] = {name: morsel.value for name, morsel in client.cookies.items()}
    return cookies


def answer(response) -> str:
    if response.status_code in (301, 302):
        return "login" if "login" in response["Location"] else "302"
    return str(response.status_code)


def answers(signed_in: dict[str, dict[str, str]], url: str) -> tuple[str, ...]:
    row = []
    for role in ROLES:
        client = Client(raise_request_exception=False)
        for name, value in signed_in[role].items():
            client.cookies[name] = value
        row.append(answer(client.get(url)))
    return tuple(row)


def test_every_url_pattern_has_a_row():
    assert sorted(set(ROUTES) - set(EXPECTED)) == []


def row_names() -> list[str]:
    return sorted(EXPECTED)


@pytest.mark.parametrize("name", row_names())
def test_each_url_answers_each_role_as_the_matrix_says(db, matrix_urls, signed_in, name):
    url = matrix_urls[name]

    found = answers(signed_in, url)

    # The message is the row as it is now, to review and paste into MATRIX.
    assert found == EXPECTED[name], f"{url}\n{table_row(name, found)}"
