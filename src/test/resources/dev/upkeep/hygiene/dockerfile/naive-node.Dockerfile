FROM node
MAINTAINER ops@example.com
ENV NODE_ENV=production NPM_TOKEN=npm_0123456789abcdef
WORKDIR app
ADD . .
RUN apt-get update && apt-get install curl
RUN curl -fsSL https://get.pnpm.io/install.sh | sh -
RUN npm install && npm install -g pm2
EXPOSE 3000
CMD npm start
