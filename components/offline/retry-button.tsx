'use client';

/**
 * 重试: loads the page again. When the service worker answered a form sent without network, it
 * marks the button data-retry="back", and 重试 returns to the form rather than sending it twice.
 */
export function RetryButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="button"
      data-retry="reload"
      onClick={(event) => {
        if (event.currentTarget.dataset.retry === 'back' && window.history.length > 1) window.history.back();
        else window.location.reload();
      }}
    >
      {label}
    </button>
  );
}
