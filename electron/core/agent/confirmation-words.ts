// How a person says yes or no to a question the assistant asked, in any engine.
const YES =
  /^(?:y|yes|yeah|yea|yep|yup|sure|ok|okay|k|confirm(?:ed)?|do it|go ahead|go for it|please do|absolutely|definitely|correct|right|affirmative|of course|sounds good|that's right|yes please|proceed)\b/i;
const NO =
  /^(?:n|no|nope|nah|cancel|stop|don't|dont|do not|never ?mind|abort|forget it|keep (?:it|them)|no thanks|not now|leave it|wait no)\b/i;

const bare = (text: string) =>
  text
    .trim()
    .replace(/[\s.!?,]+$/, '')
    .toLowerCase();

export const isAffirmative = (text: string) => {
  const t = bare(text);
  return YES.test(t) && !NO.test(t) && t.split(/\s+/).length <= 5;
};

export const isNegative = (text: string) => NO.test(bare(text));
