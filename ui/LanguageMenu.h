#pragma once

#include <QMenu>

class QActionGroup;

namespace dermaedge {

/// Lets the user pick the interface language or follow the system's.
/// The choice is remembered and applies from the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& code);

    QActionGroup* m_group = nullptr;
};

} // namespace dermaedge
