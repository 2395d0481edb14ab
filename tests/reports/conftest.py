"""The demo office with a signer's name, shared by the tests of the papers."""

from datetime import date

import pytest

from quarantine_desk.services.demo import load_demo


@pytest.fixture
def demo(services, db):
    load_demo(db, today=date.today())
    services.settings.set_issuer_field("signer_name", "Đại tá Nguyễn Văn Minh")
    return services
