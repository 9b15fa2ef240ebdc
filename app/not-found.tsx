import './globals.css';

// Outside any locale (a mistyped address): a minimal page in Chinese, from the messages.
import zh from '@/lib/i18n/messages/zh-CN.json';

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main id="main">
          <h1>{zh.notFound.title}</h1>
          <p>{zh.notFound.body}</p>
          <a className="button" href="/">
            {zh.notFound.home}
          </a>
        </main>
      </body>
    </html>
  );
}
