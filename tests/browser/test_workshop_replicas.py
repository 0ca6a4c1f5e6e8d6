"""Two app replicas on one PostgreSQL database: a share made through one shows live on the other's projector view."""

import pgserver
import pytest
from test_workshop_browser import (
    IN_WORKSHOP,
    PHONE,
    PROJECTOR,
    app_server,
    join_by_code,
    metrics,
    new_page,
    share,
    wait_for_shared,
    with_answers,
)
from wizard import settle

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.workshop import WorkshopStore
from mentorfinder.workshop.shared import SharedResult


@pytest.fixture
def shared_database(postgres_url):
    """A fresh PostgreSQL database both replicas use, dropped after."""
    url = pgserver.new_database(postgres_url)
    yield url
    pgserver.drop_database(url)


def test_a_share_through_one_replica_shows_on_the_other(browser, shared_database):
    content = load_content()
    store = WorkshopStore(shared_database)
    new = store.create("Two replicas")
    for seed in (21, 22):  # two results are in before the room's third
        answers = sample_answers(list(content.questionnaires), seed=seed)
        store.share(new.code, store.join(new.code), SharedResult.from_result(evaluate(content, answers)))
    store.dispose()
    with (
        app_server(MENTORFINDER_DATABASE_URL=shared_database) as first,
        app_server(MENTORFINDER_DATABASE_URL=shared_database) as second,
    ):
        projector = new_page(browser, PROJECTOR)
        projector.goto(f"{second}/workshop?workshop={new.code}&key={new.key}&projector=1")
        projector.get_by_text("Results appear when 3 people have shared (2 so far).").wait_for()
        projector.evaluate("window.__notReloaded = true")

        phone = new_page(browser, PHONE)
        join_by_code(phone, first, new.code)
        phone.wait_for_function(IN_WORKSHOP)

        with_answers(phone, 23)
        share(phone)

        wait_for_shared(projector, 3)
        projector.locator(".js-plotly-plot").nth(2).wait_for()
        settle(projector)
        assert projector.evaluate("window.__notReloaded") is True
        assert metrics(projector) == {"Joined": "3", "Finished": "3", "Shared": "3"}
        for page in (projector, phone):
            page.context.close()
