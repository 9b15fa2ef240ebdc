'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { apiFetch, ApiClientError } from '@/lib/api/client';
import { ErrorSummary, type FieldError } from '../ui/error-summary';
import { PhoneIcon } from '../ui/icons';
import { TextField } from '../ui/text-field';

type Props = { next: string };
type Step = 'phone' | 'code';

function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}

export function SignInForm({ next }: Props) {
  const t = useTranslations('signIn');
  const te = useTranslations('errors');
  const [step, setStep] = useState<Step>('phone');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [resendIn, setResendIn] = useState(0);
  /** A relative (家属) signing in: their phone may not be insured here, so they give a name with the code. */
  const [asFamily, setAsFamily] = useState(false);
  const [name, setName] = useState('');

  useEffect(() => {
    if (resendIn <= 0) return;
    const timer = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [resendIn]);

  function show(error: unknown, field: string) {
    if (error instanceof ApiClientError) {
      const message = error.code === 'network' ? te('network') : error.message || te('server');
      setErrors([{ field, message }]);
    } else {
      setErrors([{ field, message: te('server') }]);
    }
  }

  async function sendCode(event?: FormEvent, family = asFamily) {
    event?.preventDefault();
    const digits = phone.replace(/\D/g, '');
    if (!/^1[3-9]\d{9}$/.test(digits)) {
      setErrors([{ field: 'phone', message: te('phone-format') }]);
      return;
    }
    setBusy(true);
    try {
      const result = await apiFetch<{ resendInSeconds: number }>('/api/auth/code', {
        body: family ? { phone: digits, asFamily: true } : { phone: digits },
      });
      setAsFamily(family);
      setPhone(digits);
      setErrors([]);
      setStep('code');
      setResendIn(result.resendInSeconds);
    } catch (error) {
      show(error, 'phone');
    } finally {
      setBusy(false);
    }
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    const digits = code.replace(/\D/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setErrors([{ field: 'code', message: te('code-format') }]);
      return;
    }
    setBusy(true);
    try {
      await apiFetch('/api/auth/session', { body: asFamily && name.trim() ? { phone, code: digits, name: name.trim() } : { phone, code: digits } });
      window.location.assign(next);
    } catch (error) {
      show(error, error instanceof ApiClientError && error.code.startsWith('name-') ? 'name' : 'code');
      setBusy(false);
    }
  }

  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <>
      <ErrorSummary title={t('errorSummary')} errors={errors} />
      {step === 'phone' ? (
        <form onSubmit={sendCode} noValidate>
          <TextField
            id="phone"
            label={t('phoneLabel')}
            hint={t('phoneHint')}
            error={fieldError('phone')}
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={13}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('sending') : t('getCode')}
          </button>
          <p className="muted">{t('familyOffer')}</p>
          <button className="button secondary" type="button" disabled={busy} onClick={() => void sendCode(undefined, true)}>
            {t('familyButton')}
          </button>
        </form>
      ) : (
        <form onSubmit={signIn} noValidate>
          <p className="notice" role="status">
            {asFamily ? t('codeHint', { phone: maskPhone(phone) }) : t('codeHintIfRegistered', { phone: maskPhone(phone) })}
          </p>
          {asFamily ? (
            <TextField
              id="name"
              label={t('nameLabel')}
              hint={t('nameHint')}
              error={fieldError('name')}
              type="text"
              autoComplete="name"
              maxLength={20}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          ) : null}
          <TextField
            id="code"
            label={t('codeLabel')}
            error={fieldError('code')}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <div className="button-row">
            <button className="button" type="submit" disabled={busy}>
              {busy ? t('submitting') : t('submit')}
            </button>
            <button className="button secondary" type="button" disabled={busy || resendIn > 0} onClick={() => void sendCode()}>
              {resendIn > 0 ? t('resendIn', { seconds: resendIn }) : t('resend')}
            </button>
          </div>
          <div className="card">
            <p>{asFamily ? t('noSmsFamily') : t('noSms')}</p>
            <div className="button-row">
              <button
                className="button secondary"
                type="button"
                onClick={() => {
                  setStep('phone');
                  setCode('');
                  setErrors([]);
                }}
              >
                {t('changePhone')}
              </button>
              <a className="button secondary" href="tel:12393">
                <PhoneIcon />
                {t('callHotline')}
              </a>
            </div>
          </div>
        </form>
      )}
    </>
  );
}
