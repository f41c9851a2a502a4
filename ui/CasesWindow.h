#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace dermaedge {

class CaseStore;
class FollowUpView;
struct VisitImage;

/// The "Cases" window: patients and their lesions in a tree, and the
/// follow-up of the selected lesion beside it.
///
/// The window reads `store` on the GUI thread but does not own it, so the
/// caller keeps the store alive while the window exists.
class CasesWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CasesWindow(CaseStore& store, QWidget* parent = nullptr);

    /// Reads the patients and lesions again, keeping the selection.
    void refresh();
    /// Selects a lesion and shows its follow-up. Returns false when it is not listed.
    bool selectLesion(qint64 lesionId);

    QTreeWidget* caseTree() const { return m_tree; }
    FollowUpView* followUp() const { return m_followUp; }

Q_SIGNALS:
    /// Emitted when the user asks to open a visit's image in the main window.
    void openRequested(const dermaedge::VisitImage& image);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void fillTree();
    void applyFilter(const QString& text);
    void onCurrentItemChanged(QTreeWidgetItem* current);
    qint64 selectedLesionId() const;

    CaseStore& m_store;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    FollowUpView* m_followUp = nullptr;
};

} // namespace dermaedge
